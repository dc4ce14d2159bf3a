package dev.akmatori.application.alert;

import java.util.List;

/** The answer to one webhook: one outcome per extracted alert, in payload order. */
public record IngestResult(List<AlertOutcome> alerts) {
  public IngestResult {
    alerts = List.copyOf(alerts);
  }

  /** How many alerts the payload held. */
  public int received() {
    return alerts.size();
  }
}
