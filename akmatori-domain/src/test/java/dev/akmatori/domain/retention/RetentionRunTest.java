package dev.akmatori.domain.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The record of a cleanup run (contract §3.10.5). */
class RetentionRunTest {
  private static final Instant T0 = Instant.parse("2026-05-06T09:30:12.481Z");

  @Test
  void never_hasNoInstantsAndZeroCounts() {
    assertThat(RetentionRun.NEVER).isEqualTo(new RetentionRun(null, null, 0, 0, 0, List.of()));
    assertThat(RetentionRun.NEVER.inProgress()).isFalse();
  }

  @Test
  void aStartedRun_isInProgressUntilItHasAFinish() {
    assertThat(RetentionRun.started(T0).inProgress()).isTrue();
    assertThat(new RetentionRun(T0, T0.plusSeconds(1), 1, 2, 3, List.of("e")).inProgress()).isFalse();
  }

  @Test
  void errorsAreCopied_andNegativeCountsOrAFinishWithoutStartAreRejected() {
    List<String> errors = new ArrayList<>(List.of("a"));
    RetentionRun run = new RetentionRun(T0, T0, 0, 0, 0, errors);
    errors.add("b");

    assertThat(run.errors()).containsExactly("a");
    assertThatThrownBy(() -> new RetentionRun(T0, null, -1, 0, 0, List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RetentionRun(null, T0, 0, 0, 0, List.of())).isInstanceOf(IllegalArgumentException.class);
  }
}
