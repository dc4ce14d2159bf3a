package dev.akmatori.adapter.http.incident;

import static dev.akmatori.adapter.http.testing.ErrorAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akmatori.adapter.http.testing.Reply;
import dev.akmatori.adapter.http.testing.TestApi;
import dev.akmatori.application.investigation.RunEnding;
import dev.akmatori.domain.incident.EventType;
import dev.akmatori.domain.incident.IncidentId;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code GET /api/incidents/{uuid}} and {@code POST /api/incidents/{uuid}/cancel} (contract §3.1.2, §3.1.4). */
class IncidentGetAndCancelTest {
  private final TestApi api = TestApi.start();

  @AfterEach
  void stop() {
    api.close();
  }

  private IncidentId create(String task) {
    return IncidentId.parse(api.post("/api/incidents", "{\"task\":\"" + task + "\"}").json().get("uuid").asText()).orElseThrow();
  }

  @Test
  void get_returnsEveryFieldOfTheIncidentShape_withTheFullLog() {
    IncidentId id = create("Check disk");

    JsonNode body = api.get("/api/incidents/" + id).json();

    List<String> fields = new ArrayList<>();
    body.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsExactly(
        "id", "uuid", "source", "source_id", "title", "status", "context", "session_id", "working_dir", "full_log",
        "response", "tokens_used", "execution_time_ms", "started_at", "completed_at", "created_at", "updated_at",
        "error", "steps", "alert_count");
    assertThat(body.get("uuid").asText()).isEqualTo(id.toString());
    assertThat(body.get("status").asText()).isEqualTo("pending");
    assertThat(body.get("session_id").asText()).isEmpty();
    assertThat(body.get("full_log").asText()).isEqualTo("API Incident Task:\nCheck disk\n\n--- Execution Log ---\n\n");
    assertThat(body.get("response").asText()).isEmpty();
    assertThat(body.get("error").isNull()).isTrue();
    assertThat(body.get("completed_at").isNull()).isTrue();
    assertThat(body.get("started_at").asText()).isEqualTo("2026-05-06T09:30:12.481Z");
  }

  @Test
  void get_showsLiveValues_whileRunning_andTheResultWhenDone() {
    IncidentId id = create("Check disk");
    api.incidents.queue.claimNext("worker", TestApi.START.plusSeconds(30), TestApi.START);
    api.incidents.events.append(id, EventType.LOG, Map.of("text", "Looking."), TestApi.START);
    api.incidentStore.addUsage(id, 1, 42, TestApi.START);

    JsonNode running = api.get("/api/incidents/" + id).json();
    assertThat(running.get("status").asText()).isEqualTo("running");
    assertThat(running.get("session_id").asText()).isEqualTo(id.toString());
    assertThat(running.get("steps").asInt()).isEqualTo(1);
    assertThat(running.get("tokens_used").asInt()).isEqualTo(42);
    assertThat(running.get("full_log").asText()).endsWith("--- Execution Log ---\n\nLooking.\n");

    api.incidents.queue.finish(id, "worker", RunEnding.completed("All good.", 1234), TestApi.START.plusSeconds(2));
    JsonNode done = api.get("/api/incidents/" + id).json();
    assertThat(done.get("response").asText()).isEqualTo("All good.");
    assertThat(done.get("execution_time_ms").asLong()).isEqualTo(1234);
    assertThat(done.get("completed_at").asText()).isEqualTo("2026-05-06T09:30:14.481Z");
    assertThat(done.get("full_log").asText()).endsWith("Looking.\n\n--- Final Response ---\nAll good.");
  }

  @Test
  void unknownAndMalformedUuids_are404_onEveryIncidentRoute() {
    for (String bad : List.of("3f2b8c1e-1d2a-4b7e-9c0d-123456789abc", "not-a-uuid", "42")) {
      assertError(api.get("/api/incidents/" + bad), 404, "not_found", "Incident not found");
      assertError(api.post("/api/incidents/" + bad + "/cancel", ""), 404, "not_found", "Incident not found");
      assertError(api.get("/api/incidents/" + bad + "/events"), 404, "not_found", "Incident not found");
    }
  }

  @Test
  void cancellingAPendingIncident_cancelsItAtOnce_andAnyBodyIsIgnored() {
    IncidentId id = create("t");

    Reply r = api.send(api.request("/api/incidents/" + id + "/cancel").header("Content-Type", "text/plain").POST(BodyPublishers.ofString("not json")));

    assertThat(r.status()).as(r.toString()).isEqualTo(202);
    assertThat(r.json().toString()).isEqualTo("{\"uuid\":\"" + id + "\",\"status\":\"cancelled\",\"message\":\"Cancellation requested\"}");
    JsonNode incident = api.get("/api/incidents/" + id).json();
    assertThat(incident.get("status").asText()).isEqualTo("cancelled");
    assertThat(incident.get("error").asText()).isEqualTo("Investigation cancelled");
    assertThat(incident.get("completed_at").isNull()).isFalse();
    assertThat(incident.get("full_log").asText()).endsWith("\n--- Cancelled ---");
  }

  @Test
  void cancellingARunningIncident_answers202Running_repeatedly_andSetsTheFlag() {
    IncidentId id = create("t");
    api.incidents.queue.claimNext("worker", TestApi.START.plusSeconds(30), TestApi.START);

    Reply first = api.post("/api/incidents/" + id + "/cancel", "");
    Reply again = api.post("/api/incidents/" + id + "/cancel", "{}");

    assertThat(first.status()).isEqualTo(202);
    assertThat(first.json().get("status").asText()).isEqualTo("running");
    assertThat(again.status()).isEqualTo(202);
    assertThat(api.incidentStore.lease(id).cancelRequested()).isTrue();
  }

  @Test
  void cancellingAFinishedIncident_is409_namingItsStatus() {
    IncidentId id = create("t");
    api.post("/api/incidents/" + id + "/cancel", "");

    assertError(api.post("/api/incidents/" + id + "/cancel", ""), 409, "conflict", "Incident is already cancelled");
  }

  @Test
  void wrongMethods_are405() {
    IncidentId id = create("t");

    assertError(api.delete("/api/incidents/" + id), 405, "method_not_allowed");
    assertError(api.get("/api/incidents/" + id + "/cancel"), 405, "method_not_allowed");
  }
}
