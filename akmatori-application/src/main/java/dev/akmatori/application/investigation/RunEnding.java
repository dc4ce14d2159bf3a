package dev.akmatori.application.investigation;

import dev.akmatori.domain.incident.IncidentStatus;
import dev.akmatori.domain.incident.Recovery;
import java.util.Objects;

/** How the lifecycle ends a run: a terminal status with {@code response} or {@code error} and the total execution time. */
public record RunEnding(IncidentStatus status, String response, String error, long executionTimeMs) {
  public RunEnding {
    Objects.requireNonNull(status, "status");
    if (!status.isTerminal()) {
      throw new IllegalArgumentException("a run ends in a terminal status, not " + status.wireName());
    }
    response = status == IncidentStatus.COMPLETED && response != null ? response : "";
    if (status != IncidentStatus.COMPLETED) {
      Objects.requireNonNull(error, "error");
    } else {
      error = null;
    }
  }

  public static RunEnding completed(String response, long executionTimeMs) {
    return new RunEnding(IncidentStatus.COMPLETED, response, null, executionTimeMs);
  }

  public static RunEnding failed(String error, long executionTimeMs) {
    return new RunEnding(IncidentStatus.FAILED, "", error, executionTimeMs);
  }

  public static RunEnding cancelled(long executionTimeMs) {
    return new RunEnding(IncidentStatus.CANCELLED, "", Recovery.CANCELLED, executionTimeMs);
  }
}
