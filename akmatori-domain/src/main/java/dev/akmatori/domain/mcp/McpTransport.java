package dev.akmatori.domain.mcp;

import java.util.Arrays;
import java.util.Optional;

/** How Akmatori talks to an MCP server: a child process, legacy HTTP+SSE or streamable HTTP. */
public enum McpTransport {
  STDIO("stdio"),
  SSE("sse"),
  STREAMABLE_HTTP("streamable_http");

  /** The accepted wire names, for the {@code must be one of} message. */
  public static final String CHOICES = "stdio, sse, streamable_http";

  private final String wireName;

  McpTransport(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  /** True for the transports that reach a URL (and use {@code auth_config}). */
  public boolean isHttp() {
    return this != STDIO;
  }

  /** The transport of exactly this wire name (case-sensitive), if any. */
  public static Optional<McpTransport> fromWireName(String name) {
    return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
  }
}
