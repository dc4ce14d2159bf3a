package dev.akmatori.application.investigation.tool;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One name the model can pass to {@code call_tool}, as {@code list_tools} and {@code
 * get_tool_detail} show it: description, read-only flag, input schema and the logical names of the
 * allowed instances ({@code []} for MCP tools).
 */
public record CallableTool(
    String name,
    String description,
    boolean readOnly,
    Map<String, Object> inputSchema,
    List<String> instances,
    Origin origin) {

  /** Where a callable tool comes from. */
  public enum Origin {
    BUILTIN,
    HTTP_CONNECTOR,
    MCP
  }

  public CallableTool {
    Objects.requireNonNull(name, "name");
    description = description == null ? "" : description;
    inputSchema = Collections.unmodifiableMap(new LinkedHashMap<>(inputSchema));
    instances = List.copyOf(instances);
    Objects.requireNonNull(origin, "origin");
  }

  /** The first line (at most the first sentence) of the description, for catalogues. */
  public String summary() {
    String line = description.strip().lines().findFirst().orElse("");
    int stop = line.indexOf(". ");
    return stop > 0 ? line.substring(0, stop + 1) : line;
  }
}
