package dev.akmatori.domain.alert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.domain.incident.IncidentStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Which incidents are live for correlation (contract §4.7). */
class CorrelationWindowTest {
  private static final Instant NOW = Instant.parse("2026-05-06T10:00:00Z");

  @Test
  void pendingAndRunning_areAlwaysLive_failedAndCancelledNever() {
    CorrelationWindow w = CorrelationWindow.ofMinutes(60);
    assertThat(w.isLive(IncidentStatus.PENDING, null, NOW)).isTrue();
    assertThat(w.isLive(IncidentStatus.RUNNING, null, NOW)).isTrue();
    assertThat(w.isLive(IncidentStatus.FAILED, NOW, NOW)).isFalse();
    assertThat(w.isLive(IncidentStatus.CANCELLED, NOW, NOW)).isFalse();
  }

  @Test
  void completed_isLiveWithinTheWindowInclusive() {
    CorrelationWindow w = CorrelationWindow.ofMinutes(60);
    assertThat(w.isLive(IncidentStatus.COMPLETED, NOW.minusSeconds(3600), NOW)).isTrue();
    assertThat(w.isLive(IncidentStatus.COMPLETED, NOW.minusSeconds(3601), NOW)).isFalse();
  }

  @Test
  void aZeroWindow_keepsOnlyPendingAndRunningLive() {
    CorrelationWindow w = CorrelationWindow.ofMinutes(0);
    assertThat(w.isLive(IncidentStatus.COMPLETED, NOW, NOW)).isFalse();
    assertThat(w.completedSince(NOW)).isEmpty();
    assertThat(w.isLive(IncidentStatus.RUNNING, null, NOW)).isTrue();
  }
}
