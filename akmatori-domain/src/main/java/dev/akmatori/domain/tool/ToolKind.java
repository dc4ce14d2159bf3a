package dev.akmatori.domain.tool;

import java.util.Locale;

/** Where a tool type comes from (§3.4.1): seeded by the server, or registered by an HTTP connector. */
public enum ToolKind {
  BUILTIN,
  HTTP_CONNECTOR;

  /** The API spelling: {@code builtin} or {@code http_connector}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind of a stored or wire name; {@link IllegalArgumentException} for anything else. */
  public static ToolKind fromWireName(String name) {
    for (ToolKind kind : values()) {
      if (kind.wireName().equals(name)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("unknown tool kind: " + name);
  }
}
