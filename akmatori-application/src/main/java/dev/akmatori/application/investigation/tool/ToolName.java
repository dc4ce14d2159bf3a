package dev.akmatori.application.investigation.tool;

import java.util.Optional;

/**
 * A {@code call_tool} name split at its <em>first</em> dot (contract §5.4): the namespace (a type
 * name, connector type name or MCP prefix, none of which holds a dot) and the operation or remote
 * tool name, which may itself hold dots ({@code github.repos.list} → {@code github}, {@code
 * repos.list}).
 */
public record ToolName(String namespace, String operation) {
  /** The parts of {@code name}; empty when it has no dot or an empty part. */
  public static Optional<ToolName> parse(String name) {
    int dot = name == null ? -1 : name.indexOf('.');
    if (dot <= 0 || dot == name.length() - 1) {
      return Optional.empty();
    }
    return Optional.of(new ToolName(name.substring(0, dot), name.substring(dot + 1)));
  }

  public String qualified() {
    return namespace + "." + operation;
  }
}
