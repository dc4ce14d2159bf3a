package dev.akmatori.adapter.llm.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
  private final RetryPolicy policy = RetryPolicy.DEFAULT;

  @Test
  void theDefault_retriesThreeTimes_after1s2s4s_plusAtMostAQuarterOfJitter() {
    assertThat(policy.maxRetries()).isEqualTo(3);
    assertThat(policy.backoff(0, 0)).isEqualTo(Duration.ofSeconds(1));
    assertThat(policy.backoff(1, 0)).isEqualTo(Duration.ofSeconds(2));
    assertThat(policy.backoff(2, 0)).isEqualTo(Duration.ofSeconds(4));
    assertThat(policy.backoff(2, 0.999)).isBetween(Duration.ofSeconds(4), Duration.ofSeconds(5));
  }

  @Test
  void only429And5xx_areRetryableStatuses() {
    assertThat(policy.isRetryable(429)).isTrue();
    assertThat(policy.isRetryable(500)).isTrue();
    assertThat(policy.isRetryable(503)).isTrue();
    assertThat(policy.isRetryable(599)).isTrue();
    assertThat(policy.isRetryable(400)).isFalse();
    assertThat(policy.isRetryable(401)).isFalse();
    assertThat(policy.isRetryable(404)).isFalse();
    assertThat(policy.isRetryable(408)).isFalse();
  }

  @Test
  void aServerRequestedWait_isCappedAtOneMinute() {
    assertThat(policy.capped(Duration.ofHours(1))).isEqualTo(Duration.ofSeconds(60));
    assertThat(policy.capped(Duration.ofSeconds(3))).isEqualTo(Duration.ofSeconds(3));
  }

  @Test
  void negativeRetriesOrJitterOutsideZeroToOne_areRejected() {
    assertThatThrownBy(() -> new RetryPolicy(-1, Duration.ZERO, Duration.ZERO, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RetryPolicy(3, Duration.ZERO, Duration.ZERO, 1.5))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
