package dev.akmatori.application.mcp;

/**
 * The tool-type names of HTTP connectors (contract §3.8), which share one case-insensitive
 * namespace with MCP prefixes. Implemented by the HTTP-connector feature; thread-safe.
 */
@FunctionalInterface
public interface ConnectorNames {
  /** No connectors: nothing is taken. */
  ConnectorNames NONE = name -> false;

  /** True when an HTTP connector's {@code tool_type_name} equals {@code name} ignoring case. */
  boolean connectorNamed(String name);
}
