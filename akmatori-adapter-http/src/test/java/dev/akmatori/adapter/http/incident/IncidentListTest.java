package dev.akmatori.adapter.http.incident;

import static dev.akmatori.adapter.http.testing.ErrorAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akmatori.adapter.http.testing.Reply;
import dev.akmatori.adapter.http.testing.TestApi;
import dev.akmatori.domain.incident.Incident;
import dev.akmatori.domain.incident.IncidentId;
import dev.akmatori.domain.incident.IncidentStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code GET /api/incidents} (contract §3.1.1). */
class IncidentListTest {
  private static final Instant T0 = Instant.parse("2026-05-01T00:00:00Z");

  private final TestApi api = TestApi.start();

  @AfterEach
  void stop() {
    api.close();
  }

  private void add(long id, String source, IncidentStatus status, long secondsAfterT0) {
    Instant at = T0.plusSeconds(secondsAfterT0);
    api.incidentStore.add(
        new Incident(
            id,
            new IncidentId(UUID.nameUUIDFromBytes(("i" + id).getBytes())),
            source,
            "api-" + id,
            "Incident " + id,
            status,
            Map.of("host", "web-" + id, "labels", Map.of("team", "sre")),
            "",
            "/data/incidents/" + id,
            "",
            "",
            10 * id,
            1000 * id,
            at,
            null,
            at,
            at,
            null,
            (int) id,
            0));
  }

  private static List<Long> ids(JsonNode envelope) {
    List<Long> ids = new ArrayList<>();
    envelope.get("data").forEach(n -> ids.add(n.get("id").asLong()));
    return ids;
  }

  @Test
  void emptyStore_isAnEmptyEnvelopeWithDefaults() {
    Reply r = api.get("/api/incidents");

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().toString())
        .isEqualTo("{\"data\":[],\"pagination\":{\"page\":1,\"per_page\":50,\"total\":0,\"total_pages\":0}}");
  }

  @Test
  void items_haveTheIncidentShapeWithoutFullLog() {
    add(1, "api", IncidentStatus.PENDING, 0);

    JsonNode item = api.get("/api/incidents").json().get("data").get(0);

    assertThat(item.has("full_log")).isFalse();
    assertThat(item.get("uuid").asText()).isEqualTo(UUID.nameUUIDFromBytes("i1".getBytes()).toString());
    assertThat(item.get("status").asText()).isEqualTo("pending");
    assertThat(item.get("source_id").asText()).isEqualTo("api-1");
    assertThat(item.get("context").get("labels").get("team").asText()).isEqualTo("sre");
    assertThat(item.get("completed_at").isNull()).isTrue();
    assertThat(item.get("error").isNull()).isTrue();
    assertThat(item.get("created_at").asText()).isEqualTo("2026-05-01T00:00:00Z");
    assertThat(item.get("execution_time_ms").asLong()).isEqualTo(1000);
    assertThat(item.get("alert_count").asInt()).isZero();
    assertThat(item.fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder(
            "id", "uuid", "source", "source_id", "title", "status", "context", "session_id",
            "working_dir", "response", "tokens_used", "execution_time_ms", "started_at",
            "completed_at", "created_at", "updated_at", "error", "steps", "alert_count");
  }

  @Test
  void newestFirst_andPaged() {
    add(1, "api", IncidentStatus.PENDING, 0);
    add(2, "api", IncidentStatus.PENDING, 10);
    add(3, "api", IncidentStatus.PENDING, 20);

    JsonNode page = api.get("/api/incidents?per_page=2").json();

    assertThat(ids(page)).containsExactly(3L, 2L);
    assertThat(page.get("pagination").get("total_pages").asLong()).isEqualTo(2);
  }

  @Test
  void filters_combineStatusSourceAndInclusiveTimeBounds() {
    add(1, "api", IncidentStatus.PENDING, 0);
    add(2, "grafana", IncidentStatus.FAILED, 10);
    add(3, "api", IncidentStatus.COMPLETED, 20);
    add(4, "api", IncidentStatus.RUNNING, 30);
    long from = T0.getEpochSecond() + 10;
    long to = T0.getEpochSecond() + 20;

    assertThat(ids(api.get("/api/incidents?status=%20pending%20,,completed").json())).containsExactly(3L, 1L);
    assertThat(ids(api.get("/api/incidents?source=grafana").json())).containsExactly(2L);
    assertThat(ids(api.get("/api/incidents?from=" + from + "&to=" + to).json())).containsExactly(3L, 2L);
  }

  @Test
  void diagnosedIsAcceptedButMatchesNothing() {
    add(1, "api", IncidentStatus.PENDING, 0);

    JsonNode page = api.get("/api/incidents?status=diagnosed").json();

    assertThat(page.get("data")).isEmpty();
    assertThat(page.get("pagination").get("total").asLong()).isZero();
  }

  @Test
  void badFilters_areReportedTogether() {
    Reply r = api.get("/api/incidents?from=yesterday&to=1.5&status=pending,bogus&page=0");

    assertError(r, 400, "validation_error", "Validation failed");
    JsonNode details = r.json().get("details");
    assertThat(details.get("from").asText()).isEqualTo("must be an integer (unix seconds)");
    assertThat(details.get("to").asText()).isEqualTo("must be an integer (unix seconds)");
    assertThat(details.get("status").asText()).isEqualTo("invalid status 'bogus'");
    assertThat(details.get("page").asText()).isEqualTo("must be a positive integer");
  }

  @Test
  void fromAfterTo_isRejected() {
    Reply r = api.get("/api/incidents?from=200&to=100");

    assertError(r, 400, "validation_error");
    assertThat(r.json().get("details").get("from").asText()).isEqualTo("must not be after to");
  }

  @Test
  void extremeTimestamps_areClampedNotServerErrors() {
    add(1, "api", IncidentStatus.PENDING, 0);

    Reply r = api.get("/api/incidents?from=-9223372036854775808&to=9223372036854775807");

    assertThat(r.status()).isEqualTo(200);
    assertThat(ids(r.json())).containsExactly(1L);
  }
}
