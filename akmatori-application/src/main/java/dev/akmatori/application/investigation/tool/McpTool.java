package dev.akmatori.application.investigation.tool;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** A remote tool of an MCP server: its name, description, input schema and read-only hint. */
public record McpTool(String name, String description, Map<String, Object> inputSchema, boolean readOnly) {
  public McpTool {
    Objects.requireNonNull(name, "name");
    description = description == null ? "" : description;
    inputSchema = Collections.unmodifiableMap(
        new LinkedHashMap<>(inputSchema == null ? Map.of() : inputSchema));
  }
}
