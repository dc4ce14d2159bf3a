package dev.akmatori.application.investigation.tool;

import java.util.Objects;

/** An enabled MCP server as the agent loop knows it: id, display name and namespace prefix. */
public record McpServerRef(long id, String name, String namespacePrefix) {
  public McpServerRef {
    Objects.requireNonNull(name, "name");
    if (namespacePrefix == null || namespacePrefix.isEmpty() || namespacePrefix.contains(".")) {
      throw new IllegalArgumentException("a namespace prefix is non-empty and has no dot");
    }
  }
}
