package dev.akmatori.application.investigation;

/** A workspace file operation was refused or failed; the message is safe to show to the model. */
public final class WorkspaceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public WorkspaceException(String message) {
    super(message);
  }

  public WorkspaceException(String message, Throwable cause) {
    super(message, cause);
  }
}
