package dev.akmatori.domain.mcp;

import java.util.Arrays;
import java.util.Optional;

/** How an HTTP transport presents the token of {@code auth_config}. */
public enum McpAuthType {
  /** {@code Authorization: Bearer <token>}. */
  BEARER_TOKEN("bearer_token"),
  /** {@code <header_name>: <token>}. */
  HEADER("header");

  /** The accepted wire names, for the {@code must be one of} message. */
  public static final String CHOICES = "bearer_token, header";

  private final String wireName;

  McpAuthType(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  /** The type of exactly this wire name (case-sensitive), if any. */
  public static Optional<McpAuthType> fromWireName(String name) {
    return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
  }
}
