package dev.akmatori.application.investigation;

import java.util.Objects;

/**
 * How a run of the agent loop ended. The lifecycle turns it into the terminal status, {@code
 * response} / {@code error} and the final events; {@code steps} and {@code tokensUsed} are this run's
 * totals (also reported incrementally through {@link RunRecorder#modelCall}).
 */
public record RunOutcome(Kind kind, String response, String error, int steps, long tokensUsed) {

  /** The four ways a run ends. */
  public enum Kind {
    /** A final answer: {@code response} is set. */
    COMPLETED,
    /** {@code error} holds one of the contract's §5.6 texts. */
    FAILED,
    /** The cancellation signal fired. */
    CANCELLED,
    /** The process is shutting down: re-queue without counting an interruption. */
    INTERRUPTED
  }

  public RunOutcome {
    Objects.requireNonNull(kind, "kind");
    response = response == null ? "" : response;
  }

  public static RunOutcome completed(String response, int steps, long tokens) {
    return new RunOutcome(Kind.COMPLETED, response, null, steps, tokens);
  }

  public static RunOutcome failed(String error, int steps, long tokens) {
    return new RunOutcome(Kind.FAILED, "", error, steps, tokens);
  }

  public static RunOutcome cancelled(int steps, long tokens) {
    return new RunOutcome(Kind.CANCELLED, "", "Investigation cancelled", steps, tokens);
  }

  public static RunOutcome interrupted(int steps, long tokens) {
    return new RunOutcome(Kind.INTERRUPTED, "", null, steps, tokens);
  }
}
