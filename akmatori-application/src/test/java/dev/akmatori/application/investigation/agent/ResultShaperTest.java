package dev.akmatori.application.investigation.agent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResultShaperTest {
  @Test
  void cutting_keepsAtMostTheLimit_andNeverEndsInsideASurrogatePair() {
    assertThat(ResultShaper.cut("abcdef", 4)).isEqualTo("abcd");
    assertThat(ResultShaper.cut("abc\uD83D\uDE00", 4)).isEqualTo("abc");
    assertThat(ResultShaper.cut("abc", 4)).isEqualTo("abc");
    assertThat(ResultShaper.cut("abc", 0)).isEmpty();
  }

  @Test
  void theTimeoutText_roundsTheBudgetUpToWholeMinutes() {
    assertThat(AgentLoop.timedOut(java.time.Duration.ofMinutes(60))).isEqualTo("Investigation timed out after 60 minutes");
    assertThat(AgentLoop.timedOut(java.time.Duration.ofSeconds(90))).isEqualTo("Investigation timed out after 2 minutes");
    assertThat(AgentLoop.timedOut(java.time.Duration.ofSeconds(5))).isEqualTo("Investigation timed out after 1 minutes");
  }
}
