package dev.akmatori.adapter.http.settings;

import static dev.akmatori.adapter.http.testing.ErrorAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.adapter.http.testing.Reply;
import dev.akmatori.adapter.http.testing.TestApi;
import dev.akmatori.application.retention.RetentionRuns;
import dev.akmatori.domain.retention.RetentionRun;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code GET /api/settings/retention/last-run} (contract §3.10.5). */
class RetentionLastRunEndpointTest {
  private static final Instant STARTED = Instant.parse("2026-05-06T09:30:12.481Z");

  private final TestApi api = TestApi.start();

  @AfterEach
  void stop() {
    api.close();
  }

  private long claim() {
    return api.retentionRuns
        .claim(new RetentionRuns.Claim("replica-1", STARTED, STARTED.plusSeconds(300), Optional.empty()))
        .orElseThrow();
  }

  @Test
  void beforeAnyRun_theShapeHasNullInstantsZeroCountsAndNoErrors() {
    Reply r = api.get("/api/settings/retention/last-run");

    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    assertThat(r.header("Content-Type")).startsWith("application/json");
    assertThat(SettingsEndpointsTest.fieldNames(r.json()))
        .containsExactly("started_at", "finished_at", "incidents_deleted", "orphan_dirs_removed", "bytes_freed", "errors");
    assertThat(r.json().get("started_at").isNull()).isTrue();
    assertThat(r.json().get("finished_at").isNull()).isTrue();
    assertThat(r.json().get("incidents_deleted").asLong()).isZero();
    assertThat(r.json().get("orphan_dirs_removed").isIntegralNumber()).isTrue();
    assertThat(r.json().get("bytes_freed").asLong()).isZero();
    assertThat(r.json().get("errors").isArray()).isTrue();
    assertThat(r.json().get("errors")).isEmpty();
  }

  @Test
  void aRunInProgress_hasAStartButNoFinish() {
    claim();

    Reply r = api.get("/api/settings/retention/last-run");

    assertThat(r.json().get("started_at").asText()).isEqualTo("2026-05-06T09:30:12.481Z");
    assertThat(r.json().get("finished_at").isNull()).isTrue();
  }

  @Test
  void aFinishedRun_showsItsCountsAndErrors() {
    long id = claim();
    api.retentionRuns.finish(id, "replica-1", new RetentionRun(STARTED, STARTED.plusMillis(2519), 12, 3,
        5_000_000_000L, List.of("Incident 1 kept: /data/incidents/1 resolves to /etc, outside /data/incidents")));

    Reply r = api.get("/api/settings/retention/last-run/");

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("started_at").asText()).isEqualTo("2026-05-06T09:30:12.481Z");
    assertThat(r.json().get("finished_at").asText()).isEqualTo("2026-05-06T09:30:15Z");
    assertThat(r.json().get("incidents_deleted").asLong()).isEqualTo(12);
    assertThat(r.json().get("orphan_dirs_removed").asLong()).isEqualTo(3);
    assertThat(r.json().get("bytes_freed").asLong()).isEqualTo(5_000_000_000L);
    assertThat(r.json().get("errors")).hasSize(1);
    assertThat(r.json().get("errors").get(0).asText()).startsWith("Incident 1 kept: ");
  }

  @Test
  void withoutCredentials_401_andOtherMethods_405() {
    Reply anonymous = api.send(api.anonymous("/api/settings/retention/last-run").GET());
    Reply badToken = api.send(api.anonymous("/api/settings/retention/last-run").header("Authorization", "Bearer nope").GET());
    Reply put = api.send(api.request("/api/settings/retention/last-run").PUT(HttpRequest.BodyPublishers.ofString("{}")));

    assertError(anonymous, 401, "unauthorized", "Missing authentication token");
    assertThat(anonymous.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"akmatori\"");
    assertError(badToken, 401, "unauthorized", "Invalid or expired token");
    assertError(put, 405, "method_not_allowed", "Method not allowed");
    assertThat(put.header("Allow")).isEqualTo("GET");
  }
}
