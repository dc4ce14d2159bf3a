package dev.akmatori.application.metrics;

import java.util.Locale;

/** How a model or tool call ended, as the {@code outcome} label reports it (contract §3.11). */
public enum CallOutcome {
  /** The call returned a result. */
  SUCCESS,
  /** The call failed, timed out or was cancelled: anything but a result. */
  ERROR;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
