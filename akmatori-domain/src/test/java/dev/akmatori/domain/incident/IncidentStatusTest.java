package dev.akmatori.domain.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.domain.shared.ConflictException;
import org.junit.jupiter.api.Test;

class IncidentStatusTest {
  @Test
  void terminalStatuses_goNowhere() {
    for (IncidentStatus terminal :
        new IncidentStatus[] {IncidentStatus.COMPLETED, IncidentStatus.FAILED, IncidentStatus.CANCELLED}) {
      assertThat(terminal.isTerminal()).isTrue();
      for (IncidentStatus next : IncidentStatus.values()) {
        assertThat(terminal.canBecome(next)).isFalse();
      }
    }
  }

  @Test
  void forbiddenTransition_throwsConflict() {
    assertThat(IncidentStatus.PENDING.transitionTo(IncidentStatus.RUNNING)).isEqualTo(IncidentStatus.RUNNING);
    assertThatThrownBy(() -> IncidentStatus.COMPLETED.transitionTo(IncidentStatus.RUNNING))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void wireNames_roundTrip() {
    for (IncidentStatus s : IncidentStatus.values()) {
      assertThat(IncidentStatus.fromWire(s.wireName())).contains(s);
    }
    assertThat(IncidentStatus.fromWire("diagnosed")).isEmpty();
    assertThat(IncidentStatus.fromWire("PENDING")).isEmpty();
  }

  @Test
  void incidentId_parsesOnlyCanonicalUuids() {
    assertThat(IncidentId.parse("3f2b8c1e-1d2a-4b7e-9c0d-123456789abc")).isPresent();
    assertThat(IncidentId.parse("3f2b8c1e1d2a4b7e9c0d123456789abc")).isEmpty();
    assertThat(IncidentId.parse("1-1-1-1-1")).isEmpty();
    assertThat(IncidentId.parse("../../etc/passwd")).isEmpty();
  }
}
