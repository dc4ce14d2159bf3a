package dev.akmatori.adapter.llm.mcp;

/**
 * Marks, in a failure's cause chain, that a request never left this process (the connection was
 * found dead before it was written, or writing it to a stdio server failed): no server can have
 * acted on it, so sending it again on a new connection is safe even for a tool that is not
 * idempotent. Its message is a short reason, no secrets.
 */
final class RequestNotSent extends RuntimeException {
  private static final long serialVersionUID = 1L;

  RequestNotSent(String reason) {
    super(reason);
  }

  RequestNotSent(String reason, Throwable cause) {
    super(reason, cause);
  }
}
