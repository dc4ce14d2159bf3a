package dev.akmatori.domain.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The interruption rule and the status events of contract §5.1 and §5.7. */
class RecoveryTest {
  @Test
  void theFirstExpiredLease_requeues_andTheSecondFails() {
    assertThat(Recovery.afterExpiredLease(0)).isEqualTo(IncidentStatus.PENDING);
    assertThat(Recovery.afterExpiredLease(1)).isEqualTo(IncidentStatus.FAILED);
    assertThat(Recovery.afterExpiredLease(5)).isEqualTo(IncidentStatus.FAILED);
    assertThatThrownBy(() -> Recovery.afterExpiredLease(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void recoveryIsTheOnlyWayBack_fromRunningToPending() {
    assertThat(IncidentStatus.RUNNING.canBecome(IncidentStatus.PENDING)).isTrue();
    assertThat(IncidentStatus.PENDING.canBecome(IncidentStatus.COMPLETED)).isFalse();
    assertThat(IncidentStatus.PENDING.canBecome(IncidentStatus.FAILED)).isTrue();
    assertThat(IncidentStatus.PENDING.canBecome(IncidentStatus.CANCELLED)).isTrue();
    assertThat(IncidentStatus.RUNNING.canBecome(IncidentStatus.RUNNING)).isFalse();
  }

  @Test
  void statusEventData_hasItsThreeKeysInOrder_withNullsKept() {
    assertThat(IncidentEvents.status(IncidentStatus.PENDING, null, null))
        .containsExactly(
            java.util.Map.entry("status", "pending"),
            new java.util.AbstractMap.SimpleEntry<>("previous_status", null),
            new java.util.AbstractMap.SimpleEntry<>("error", null));
    assertThat(IncidentEvents.requeued())
        .containsEntry("status", "pending")
        .containsEntry("previous_status", "running")
        .containsEntry("error", "Investigation interrupted; restarting");
  }

  @Test
  void responseEventData_carriesTheTotals() {
    assertThat(IncidentEvents.response("done", 120, 3400, 4).keySet())
        .containsExactly("response", "tokens_used", "execution_time_ms", "steps");
    assertThat(IncidentEvents.response(null, 0, 0, 0)).containsEntry("response", "");
  }

  @Test
  void terminalAndRequeueEvents_areRecognised() {
    IncidentEvent completed =
        new IncidentEvent(3, EventType.STATUS, TestIncidents.T0, IncidentEvents.status(IncidentStatus.COMPLETED, IncidentStatus.RUNNING, null));
    IncidentEvent requeue = new IncidentEvent(4, EventType.STATUS, TestIncidents.T0, IncidentEvents.requeued());
    IncidentEvent log = new IncidentEvent(5, EventType.LOG, TestIncidents.T0, IncidentEvents.log("completed"));

    assertThat(IncidentEvents.isTerminal(completed)).isTrue();
    assertThat(IncidentEvents.isTerminal(requeue)).isFalse();
    assertThat(IncidentEvents.isTerminal(log)).isFalse();
    assertThat(IncidentEvents.isRequeue(requeue)).isTrue();
    assertThat(IncidentEvents.isRequeue(completed)).isFalse();
  }
}
