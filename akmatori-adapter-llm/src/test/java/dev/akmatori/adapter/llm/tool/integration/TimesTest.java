package dev.akmatori.adapter.llm.tool.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimesTest {
  @Test
  void rfc3339_unixSeconds_andMilliseconds_nameTheSameInstant() {
    Instant expected = Instant.parse("2026-03-27T10:15:30Z");

    assertThat(Times.instant("2026-03-27T10:15:30Z")).contains(expected);
    assertThat(Times.instant("2026-03-27T12:15:30+02:00")).contains(expected);
    assertThat(Times.instant("1774606530")).contains(expected);
    assertThat(Times.instant("1774606530000")).contains(expected);
    assertThat(Times.instant("1774606530.5")).contains(expected.plusMillis(500));
  }

  @Test
  void relativeForms_areNotTimesHere_andPassThroughUnchanged() {
    assertThat(Times.instant("now-1h")).isEmpty();
    assertThat(Times.epochMillisOrAsIs("now-1h")).isEqualTo("now-1h");
    assertThat(Times.unixSecondsOrAsIs("-5m")).isEqualTo("-5m");
  }

  @Test
  void conversions_giveTheFormEachApiWants() {
    assertThat(Times.epochMillisOrAsIs("2026-03-27T10:15:30Z")).isEqualTo("1774606530000");
    assertThat(Times.unixSecondsOrAsIs("2026-03-27T10:15:30.900Z")).isEqualTo("1774606530");
    assertThat(Times.rfc3339OrAsIs("1774606530")).isEqualTo("2026-03-27T10:15:30Z");
  }
}
