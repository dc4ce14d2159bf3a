package dev.akmatori.adapter.llm.tool.connector;

import dev.akmatori.adapter.llm.json.JacksonJsonCodec;
import dev.akmatori.application.connector.ConnectorDirectory;
import dev.akmatori.application.connector.ConnectorStores;
import dev.akmatori.application.investigation.tool.AllowedInstance;
import dev.akmatori.application.model.Cancellation;
import dev.akmatori.domain.connector.ConnectorAuth;
import dev.akmatori.domain.connector.ConnectorParam;
import dev.akmatori.domain.connector.HttpConnector;
import dev.akmatori.domain.connector.HttpConnectorSpec;
import dev.akmatori.domain.connector.HttpMethod;
import dev.akmatori.domain.connector.ParamLocation;
import dev.akmatori.domain.connector.ParamType;
import dev.akmatori.domain.connector.ToolDefinition;
import dev.akmatori.domain.tool.BuiltinToolTypes;
import dev.akmatori.domain.tool.LogicalName;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A connector stored in the in-memory fakes, its invoker, and calls as the gateway makes them. */
final class ConnectorWorld {
  static final Instant T0 = Instant.parse("2026-05-06T09:30:12.481Z");

  final ConnectorStores stores = ConnectorStores.inMemory();
  final ConnectorDirectory directory = new ConnectorDirectory(stores.connectors());
  HttpConnectorInvoker invoker = new HttpConnectorInvoker(directory, new JacksonJsonCodec());

  ConnectorWorld() {
    stores.tools().types().refreshBuiltins(BuiltinToolTypes.ALL, T0);
  }

  static ConnectorParam param(String name, ParamType type, boolean required, ParamLocation in, Object dflt) {
    return new ConnectorParam(name, type, required, in, dflt);
  }

  static ToolDefinition tool(String name, HttpMethod method, String path, ConnectorParam... params) {
    return new ToolDefinition(name, "", method, path, List.of(params), method == HttpMethod.GET);
  }

  HttpConnector connector(ConnectorAuth auth, ToolDefinition... tools) {
    return stores.connectors().create(new HttpConnectorSpec("Shop", "", "base_url", auth, List.of(tools), true), T0);
  }

  ConnectorWorld withLimits(Duration timeout, long maxBodyBytes) {
    invoker = new HttpConnectorInvoker(directory, new JacksonJsonCodec(), timeout, maxBodyBytes);
    return this;
  }

  /** Calls {@code tool} of the stored connector on an instance with {@code settings}. */
  Object call(String tool, Map<String, Object> settings, Map<String, Object> arguments) {
    return call(tool, settings, arguments, Cancellation.NONE);
  }

  Object call(String tool, Map<String, Object> settings, Map<String, Object> arguments, Cancellation cancellation) {
    HttpConnector connector = directory.forToolType("shop").orElseThrow();
    var type = connector.spec().toolType();
    var instance = new AllowedInstance(1, "prod", new LogicalName("prod"), type, settings);
    return invoker.invoke(type, type.operation(tool).orElseThrow(), instance, arguments, Duration.ofMinutes(5),
        cancellation);
  }
}
