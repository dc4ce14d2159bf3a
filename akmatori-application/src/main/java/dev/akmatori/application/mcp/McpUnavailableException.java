package dev.akmatori.application.mcp;

/**
 * An MCP server could not be used: not startable, unreachable, broken protocol, an error answer or
 * too slow. The message is a short reason fit to show to users; it never carries secrets.
 */
public final class McpUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public McpUnavailableException(String reason) {
    super(reason);
  }

  public McpUnavailableException(String reason, Throwable cause) {
    super(reason, cause);
  }

  /** The short reason, e.g. {@code connection refused} or {@code timed out after 30 s}. */
  public String reason() {
    return getMessage();
  }
}
