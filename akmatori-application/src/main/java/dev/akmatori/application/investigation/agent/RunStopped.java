package dev.akmatori.application.investigation.agent;

/** Unwinds the loop when a {@link StopReason} fired; never leaves the agent package. */
final class RunStopped extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final StopReason reason;

  RunStopped(StopReason reason) {
    super(reason.name(), null, false, false);
    this.reason = reason;
  }

  StopReason reason() {
    return reason;
  }
}
