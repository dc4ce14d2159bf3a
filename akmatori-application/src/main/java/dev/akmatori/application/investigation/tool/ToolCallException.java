package dev.akmatori.application.investigation.tool;

/** A tool call failed; the message is shown to the model as {@code {"error": "<message>"}}. */
public final class ToolCallException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ToolCallException(String message) {
    super(message);
  }

  public ToolCallException(String message, Throwable cause) {
    super(message, cause);
  }
}
