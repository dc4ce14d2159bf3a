package dev.akmatori.adapter.http.health;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.adapter.http.testing.Reply;
import dev.akmatori.adapter.http.testing.TestApi;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** {@code GET /api/health} (contract §3.11): public, always 200. */
class HealthEndpointsTest {

  @Test
  void upDatabase_isOkWithTheVersion() {
    AtomicReference<Duration> asked = new AtomicReference<>();
    try (TestApi api = TestApi.with().health(timeout -> { asked.set(timeout); return true; }).start()) {
      Reply r = api.send(api.anonymous("/api/health"));

      assertThat(r.status()).isEqualTo(200);
      assertThat(r.json().toString())
          .isEqualTo("{\"status\":\"ok\",\"version\":\"1.2.3-test\",\"database\":\"ok\"}");
      assertThat(asked.get()).isEqualTo(Duration.ofSeconds(2));
    }
  }

  @Test
  void downDatabase_isDegradedStill200() {
    try (TestApi api = TestApi.with().health(timeout -> false).start()) {
      Reply r = api.send(api.anonymous("/api/health"));

      assertThat(r.status()).isEqualTo(200);
      assertThat(r.json().get("status").asText()).isEqualTo("degraded");
      assertThat(r.json().get("database").asText()).isEqualTo("error");
    }
  }

  @Test
  void probeThatThrows_isDegradedNotA500() {
    try (TestApi api =
        TestApi.with().health(timeout -> { throw new IllegalStateException("pool closed"); }).start()) {
      Reply r = api.send(api.anonymous("/api/health"));

      assertThat(r.status()).isEqualTo(200);
      assertThat(r.json().get("status").asText()).isEqualTo("degraded");
    }
  }
}
