package dev.akmatori.application.retention;

/**
 * A workspace directory that could not be removed, or only partly: its real path lies outside
 * {@code <data-dir>/incidents/}, or deleting a file failed. The message names the paths and the
 * cause, never file contents.
 */
public final class WorkspaceRemovalException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final long bytesFreed;

  public WorkspaceRemovalException(String message, long bytesFreed) {
    super(message);
    this.bytesFreed = bytesFreed;
  }

  /** The bytes deleted before the failure (0 when nothing was). */
  public long bytesFreed() {
    return bytesFreed;
  }
}
