package dev.akmatori.adapter.llm.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-06T09:30:00Z"), ZoneOffset.UTC);

  @Test
  void delaySeconds_areReadAsSeconds_andFractionsAreTolerated() {
    assertThat(RetryAfter.parse("1", CLOCK)).contains(Duration.ofSeconds(1));
    assertThat(RetryAfter.parse(" 120 ", CLOCK)).contains(Duration.ofSeconds(120));
    assertThat(RetryAfter.parse("0.5", CLOCK)).contains(Duration.ofMillis(500));
  }

  @Test
  void anHttpDate_isTheWaitUntilThen_andZeroWhenPast() {
    assertThat(RetryAfter.parse("Wed, 06 May 2026 09:30:07 GMT", CLOCK)).contains(Duration.ofSeconds(7));
    assertThat(RetryAfter.parse("Wed, 06 May 2026 09:00:00 GMT", CLOCK)).contains(Duration.ZERO);
  }

  @Test
  void anUnreadableValue_isIgnored() {
    assertThat(RetryAfter.parse("soon", CLOCK)).isEmpty();
    assertThat(RetryAfter.parse("-3", CLOCK)).isEmpty();
  }

  @Test
  void openAisRetryAfterMs_winsOverRetryAfter() {
    HttpReply reply = new HttpReply(429, Headers.of("retry-after-ms", "250", "Retry-After", "1"), "");

    assertThat(RetryAfter.of(reply, CLOCK)).contains(Duration.ofMillis(250));
  }

  @Test
  void aReplyWithoutEitherHeader_asksForNothing() {
    assertThat(RetryAfter.of(new HttpReply(503, Headers.of(), ""), CLOCK)).isEmpty();
  }
}
