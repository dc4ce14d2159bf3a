package dev.akmatori.adapter.llm.tool.ssh;

/** One target could not be reached or run on; the message becomes that target's {@code error}. */
final class SshFailure extends Exception {
  private static final long serialVersionUID = 1L;

  SshFailure(String message) {
    super(message, null, false, false);
  }
}
