package dev.akmatori.domain.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.domain.shared.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Contract §3.10.5. */
class RetentionSettingsTest {
  @Test
  void defaults_areEnabled90Days6Hours() {
    assertThat(RetentionSettings.DEFAULTS).isEqualTo(new RetentionSettings(true, 90, 6));
  }

  @Test
  void theBoundsAreInclusive() {
    RetentionSettings low = RetentionSettings.DEFAULTS.apply(RetentionSettingsChanges.of(false, 1L, 1L));
    RetentionSettings high = low.apply(RetentionSettingsChanges.of(null, 3650L, 8760L));

    assertThat(low).isEqualTo(new RetentionSettings(false, 1, 1));
    assertThat(high).isEqualTo(new RetentionSettings(false, 3650, 8760));
  }

  @Test
  void outOfRange_reportsBothFieldsWithTheContractMessages() {
    assertThatThrownBy(() -> RetentionSettingsChanges.of(null, 0L, 8761L))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.details())
                    .containsOnly(
                        Map.entry("retention_days", "must be between 1 and 3650"),
                        Map.entry("cleanup_interval_hours", "must be between 1 and 8760")));
    assertThatThrownBy(() -> RetentionSettingsChanges.of(null, Long.MAX_VALUE, -1L)).isInstanceOf(ValidationException.class);
  }

  @Test
  void cutoff_isRetentionDaysBeforeNow_andTheIntervalIsInHours() {
    RetentionSettings s = new RetentionSettings(true, 30, 12);
    Instant now = Instant.parse("2026-05-06T09:30:12.481Z");

    assertThat(s.cutoff(now)).isEqualTo(Instant.parse("2026-04-06T09:30:12.481Z"));
    assertThat(s.cleanupInterval()).isEqualTo(Duration.ofHours(12));
  }
}
