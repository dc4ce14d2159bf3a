package dev.akmatori.application.connector;

import dev.akmatori.application.mcp.ConnectorNames;
import dev.akmatori.domain.connector.HttpConnector;
import java.util.Optional;

/**
 * The read side of HTTP connectors for the rest of the server: the MCP feature's namespace check
 * ({@link ConnectorNames}) and the runtime invoker, which reads a connector's tool definitions at
 * call time. Thread-safe.
 */
public final class ConnectorDirectory implements ConnectorNames {
  private final HttpConnectorRepository connectors;

  public ConnectorDirectory(HttpConnectorRepository connectors) {
    this.connectors = connectors;
  }

  @Override
  public boolean connectorNamed(String name) {
    return name != null && connectors.findByToolTypeName(name).isPresent();
  }

  /** The connector that registered the tool type {@code toolTypeName} (compared ignoring case). */
  public Optional<HttpConnector> forToolType(String toolTypeName) {
    return connectors.findByToolTypeName(toolTypeName);
  }
}
