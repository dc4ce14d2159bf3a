package dev.akmatori.application.investigation;

/** Tells this process's workers that an investigation was queued, so it starts without waiting for a poll. */
@FunctionalInterface
public interface InvestigationWakeUp {
  /** Never blocks and never throws. */
  void queued();
}
