package dev.akmatori.domain.incident;

/**
 * The texts and the rule of investigation recovery (contract §5.1): an expired lease is a counted
 * interruption; the first re-queues the incident, the second fails it.
 */
public final class Recovery {
  /** The {@code error} of the status event recorded when a running incident is re-queued. */
  public static final String REQUEUE_NOTICE = "Investigation interrupted; restarting";
  /** The incident's {@code error} after the second counted interruption. */
  public static final String RESTART_FAILURE = "Investigation interrupted by server restart";
  /** The incident's {@code error} once cancelled. */
  public static final String CANCELLED = "Investigation cancelled";
  /** Counted interruptions that fail an incident instead of re-queueing it. */
  public static final int MAX_INTERRUPTIONS = 2;

  private Recovery() {}

  /**
   * Where an incident goes when its lease is found expired, given the interruptions counted before
   * this one: {@code pending} (re-queued) or {@code failed}.
   */
  public static IncidentStatus afterExpiredLease(int interruptionsSoFar) {
    if (interruptionsSoFar < 0) {
      throw new IllegalArgumentException("interruptions cannot be negative");
    }
    return interruptionsSoFar + 1 >= MAX_INTERRUPTIONS ? IncidentStatus.FAILED : IncidentStatus.PENDING;
  }
}
