package dev.akmatori.adapter.llm.mcp;

/**
 * Marks, in a failure's cause chain, that a stdio server's command could not be started at all
 * (no such file, not executable): a mistake in the server's settings that another attempt cannot
 * fix, so {@link Retries#definitive} stops at once. Its message is a short reason, no secrets.
 */
final class UnstartableCommand extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UnstartableCommand(String reason) {
    super(reason);
  }

  UnstartableCommand(String reason, Throwable cause) {
    super(reason, cause);
  }
}
