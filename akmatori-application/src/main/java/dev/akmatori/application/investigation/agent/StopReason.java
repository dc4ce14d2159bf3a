package dev.akmatori.application.investigation.agent;

/** Why a run stopped before its answer: the three signals that end a run from outside. */
enum StopReason {
  /** The incident's cancellation flag fired. */
  CANCELLED,
  /** The process is shutting down (or the worker thread was interrupted). */
  SHUTDOWN,
  /** The run's wall-time budget ran out. */
  TIMED_OUT
}
