package dev.akmatori.domain.tool.ssh;

/** A command failed one of the read-only rules; the message is the rule's reason. */
final class Refusal extends RuntimeException {
  private static final long serialVersionUID = 1L;

  Refusal(String reason) {
    super(reason, null, false, false);
  }
}
