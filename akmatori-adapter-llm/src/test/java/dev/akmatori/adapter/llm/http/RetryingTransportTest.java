package dev.akmatori.adapter.llm.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.adapter.llm.testing.RecordingSleeper;
import dev.akmatori.adapter.llm.testing.TestCancellation;
import dev.akmatori.application.model.Cancellation;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CancellationException;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

class RetryingTransportTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-06T09:30:00Z"), ZoneOffset.UTC);
  private static final Request REQUEST =
      new Request.Builder().url("https://api.openai.com/v1/chat/completions").build();

  private final ScriptedTransport script = new ScriptedTransport();
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final RetryingTransport transport =
      new RetryingTransport(script, RetryPolicy.DEFAULT, sleeper, CLOCK, () -> 0.0);

  @Test
  void a429WithRetryAfter_isRetriedAfterTheRequestedWait() throws IOException {
    script.reply(429, "Retry-After", "1").reply(200);

    HttpReply reply = transport.execute(REQUEST, Cancellation.NONE);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(script.attempts()).isEqualTo(2);
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(1));
  }

  @Test
  void a5xxEveryTime_makesFourAttempts_backingOff1s2s4s_thenReturnsTheLastReply() throws IOException {
    script.reply(500).reply(502).reply(503).reply(500);

    HttpReply reply = transport.execute(REQUEST, Cancellation.NONE);

    assertThat(reply.status()).isEqualTo(500);
    assertThat(script.attempts()).isEqualTo(4);
    assertThat(sleeper.waits())
        .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
  }

  @Test
  void networkErrors_areRetried_andTheLastOneIsThrownWhenRetriesRunOut() {
    script.fail("connect timed out").fail("reset").fail("reset").fail("Connection refused");

    assertThatThrownBy(() -> transport.execute(REQUEST, Cancellation.NONE))
        .isInstanceOf(IOException.class)
        .hasMessage("Connection refused");
    assertThat(script.attempts()).isEqualTo(4);
    assertThat(sleeper.waits()).hasSize(3);
  }

  @Test
  void aNetworkErrorThenSuccess_returnsTheSuccess() throws IOException {
    script.fail("unexpected end of stream").reply(200);

    assertThat(transport.execute(REQUEST, Cancellation.NONE).status()).isEqualTo(200);
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(1));
  }

  @Test
  void other4xx_areReturnedAtOnce_withoutRetry() throws IOException {
    for (int status : List.of(400, 401, 403, 404, 422)) {
      ScriptedTransport once = new ScriptedTransport().reply(status);
      RetryingTransport retrying =
          new RetryingTransport(once, RetryPolicy.DEFAULT, sleeper, CLOCK, () -> 0.0);

      assertThat(retrying.execute(REQUEST, Cancellation.NONE).status()).isEqualTo(status);
      assertThat(once.attempts()).as("attempts for %s", status).isEqualTo(1);
    }
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void aRetryAfterHttpDate_isHonoured() throws IOException {
    script.reply(503, "Retry-After", "Wed, 06 May 2026 09:30:03 GMT").reply(200);

    transport.execute(REQUEST, Cancellation.NONE);

    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(3));
  }

  @Test
  void aHugeRetryAfter_isCappedAtOneMinute() throws IOException {
    script.reply(429, "Retry-After", "3600").reply(200);

    transport.execute(REQUEST, Cancellation.NONE);

    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(60));
  }

  @Test
  void jitter_addsUpToAQuarterOfTheBackoff() throws IOException {
    RetryingTransport jittery =
        new RetryingTransport(script, RetryPolicy.DEFAULT, sleeper, CLOCK, () -> 0.5);
    script.reply(500).reply(200);

    jittery.execute(REQUEST, Cancellation.NONE);

    assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(1125));
  }

  @Test
  void aCancellationDuringTheBackoff_stopsWithoutAnotherAttempt() {
    TestCancellation cancellation = new TestCancellation();
    Sleeper cancelWhileWaiting = (duration, c) -> cancellation.cancel();
    RetryingTransport retrying =
        new RetryingTransport(script, RetryPolicy.DEFAULT, cancelWhileWaiting, CLOCK, () -> 0.0);
    script.reply(503).reply(200);

    assertThatThrownBy(() -> retrying.execute(REQUEST, cancellation))
        .isInstanceOf(CancellationException.class);
    assertThat(script.attempts()).isEqualTo(1);
  }

  @Test
  void aCancelledCall_isNeverRetried() {
    script.cancel().reply(200);

    assertThatThrownBy(() -> transport.execute(REQUEST, Cancellation.NONE))
        .isInstanceOf(CancellationException.class);
    assertThat(script.attempts()).isEqualTo(1);
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void anInterruptedWait_becomesACancellation_andKeepsTheInterruptFlag() {
    Sleeper interrupted =
        (duration, c) -> {
          throw new InterruptedException();
        };
    RetryingTransport retrying =
        new RetryingTransport(script, RetryPolicy.DEFAULT, interrupted, CLOCK, () -> 0.0);
    script.reply(500).reply(200);

    try {
      assertThatThrownBy(() -> retrying.execute(REQUEST, Cancellation.NONE))
          .isInstanceOf(CancellationException.class);
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }
}
