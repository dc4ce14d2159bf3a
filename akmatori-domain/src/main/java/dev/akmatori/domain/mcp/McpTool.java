package dev.akmatori.domain.mcp;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A tool offered by an MCP server, as the agent and the API see it: the remote {@code name} under
 * the server's namespace prefix, its JSON-Schema input and whether the server hints it is
 * read-only ({@code readOnlyHint}, false when absent).
 */
public record McpTool(
    String namespacePrefix,
    String name,
    String description,
    Map<String, Object> inputSchema,
    boolean readOnly) {
  public McpTool {
    Objects.requireNonNull(namespacePrefix, "namespacePrefix");
    Objects.requireNonNull(name, "name");
    description = description == null ? "" : description;
    inputSchema =
        inputSchema == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(inputSchema));
  }

  /** {@code <namespace_prefix>.<name>}; the name may itself contain dots (§5.4). */
  public String qualifiedName() {
    return namespacePrefix + "." + name;
  }
}
