package dev.akmatori.adapter.llm.tool.clickhouse;

import dev.akmatori.adapter.llm.tool.sql.SqlArguments;
import dev.akmatori.application.investigation.tool.AllowedInstance;
import dev.akmatori.application.investigation.tool.ToolInvoker;
import dev.akmatori.application.model.Cancellation;
import dev.akmatori.domain.tool.ToolOperation;
import dev.akmatori.domain.tool.ToolTypeDefinition;
import java.net.Proxy;
import java.time.Duration;
import java.util.Map;
import dev.akmatori.adapter.llm.http.Once;
import okhttp3.OkHttpClient;

/**
 * The {@code clickhouse} built-in type (§6.5), all operations read-only, over the HTTP interface
 * with {@code readonly=1}; agent SQL is refused by the read-only guard before anything is sent.
 * Thread-safe; one shared connection pool.
 */
public final class ClickHouseToolInvoker implements ToolInvoker {
  private final ChOperations operations;

  /** Direct connections (ClickHouse traffic never uses the proxy, §3.10.4). */
  public ClickHouseToolInvoker() {
    this.operations = new ChOperations(new ClickHouseHttp(
        new Once<>(() -> new OkHttpClient.Builder().proxy(Proxy.NO_PROXY).build()))); // built on first use, ADR 0027
  }

  ClickHouseToolInvoker(OkHttpClient client) {
    this.operations = new ChOperations(new ClickHouseHttp(() -> client));
  }

  @Override
  public Object invoke(
      ToolTypeDefinition type,
      ToolOperation operation,
      AllowedInstance instance,
      Map<String, Object> arguments,
      Duration timeout,
      Cancellation cancellation) {
    return operations.run(
        operation.name(), new SqlArguments(arguments), ChSettings.from(instance), cancellation);
  }
}
