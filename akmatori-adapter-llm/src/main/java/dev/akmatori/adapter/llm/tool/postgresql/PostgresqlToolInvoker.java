package dev.akmatori.adapter.llm.tool.postgresql;

import dev.akmatori.adapter.llm.tool.sql.SqlArguments;
import dev.akmatori.application.investigation.tool.AllowedInstance;
import dev.akmatori.application.investigation.tool.ToolInvoker;
import dev.akmatori.application.model.Cancellation;
import dev.akmatori.domain.tool.ToolOperation;
import dev.akmatori.domain.tool.ToolTypeDefinition;
import java.time.Duration;
import java.util.Map;

/**
 * The {@code postgresql} built-in type (§6.4), all operations read-only: a fresh connection per
 * call, a READ ONLY transaction with {@code pg_timeout} as connect and statement timeout, agent SQL
 * refused by the read-only guard before anything is sent. Thread-safe.
 */
public final class PostgresqlToolInvoker implements ToolInvoker {
  private final PgOperations operations;

  /** Connects with the PostgreSQL JDBC driver. */
  public PostgresqlToolInvoker() {
    this(new DriverConnector());
  }

  PostgresqlToolInvoker(PgConnector connector) {
    this.operations = new PgOperations(connector);
  }

  @Override
  public Object invoke(
      ToolTypeDefinition type,
      ToolOperation operation,
      AllowedInstance instance,
      Map<String, Object> arguments,
      Duration timeout,
      Cancellation cancellation) {
    // The gateway's per-call timeout arrives as the cancellation; pg_timeout bounds each statement.
    return operations.run(
        operation.name(), new SqlArguments(arguments), PgSettings.from(instance), cancellation);
  }
}
