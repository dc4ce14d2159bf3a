package dev.akmatori.adapter.http.incident;

import static dev.akmatori.adapter.http.testing.ErrorAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akmatori.adapter.http.testing.Reply;
import dev.akmatori.adapter.http.testing.TestApi;
import dev.akmatori.domain.incident.EventType;
import dev.akmatori.domain.incident.Incident;
import dev.akmatori.domain.incident.IncidentId;
import dev.akmatori.domain.incident.IncidentStatus;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code POST /api/incidents} (contract §3.1.3). */
class IncidentCreateTest {
  private final TestApi api = TestApi.start();

  @AfterEach
  void stop() {
    api.close();
  }

  private Incident stored(Reply r) {
    IncidentId id = IncidentId.parse(r.json().get("uuid").asText()).orElseThrow();
    return api.incidentStore.find(id).orElseThrow();
  }

  @Test
  void aTask_creates201WithLocation_theShortSummary_andAQueuedPendingIncident() {
    Reply r = api.post("/api/incidents", "{\"task\":\"Incident: Check disk on web-1\"}");

    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    JsonNode body = r.json();
    String uuid = body.get("uuid").asText();
    assertThat(UUID.fromString(uuid).version()).isEqualTo(4);
    assertThat(r.header("Location")).isEqualTo("/api/incidents/" + uuid);
    assertThat(body.get("status").asText()).isEqualTo("pending");
    assertThat(body.get("working_dir").asText()).isEqualTo("/data/incidents/" + uuid);
    assertThat(body.get("message").asText()).isEqualTo("Incident created and processing started");
    assertThat(body.size()).isEqualTo(4);

    Incident incident = stored(r);
    assertThat(incident.source()).isEqualTo("api");
    assertThat(incident.sourceId()).matches("api-[0-9]{19}");
    assertThat(incident.title()).isEqualTo("Check disk on web-1");
    assertThat(incident.status()).isEqualTo(IncidentStatus.PENDING);
    assertThat(api.workspace.file(incident.uuid(), "AGENTS.md")).isEqualTo("# Incident Manager\n\nInvestigate carefully.");
    assertThat(api.incidents.events.read(incident.uuid(), 0, 10)).extracting(e -> e.type()).containsExactly(EventType.STATUS);
    assertThat(api.wakeUps).hasValue(1);
  }

  @Test
  void theContext_keepsCallerKeys_withTaskAndCreatedBySetOnTop() {
    Reply r = api.post("/api/incidents",
        "{\"task\":\"t\",\"context\":{\"env\":\"prod\",\"task\":\"x\",\"created_by\":\"me\",\"nested\":{\"n\":[1,2.5,null,true]}}}");

    assertThat(r.status()).isEqualTo(201);
    JsonNode context = api.get("/api/incidents/" + r.json().get("uuid").asText()).json().get("context");
    assertThat(context.toString())
        .isEqualTo("{\"env\":\"prod\",\"task\":\"t\",\"created_by\":\"api\",\"nested\":{\"n\":[1,2.5,null,true]}}");
  }

  @Test
  void aNullContext_isNotProvided() {
    Reply r = api.post("/api/incidents", "{\"task\":\"t\",\"context\":null}");

    assertThat(r.status()).isEqualTo(201);
    assertThat(stored(r).context()).containsOnlyKeys("task", "created_by");
  }

  @Test
  void aMissingBlankOrNonStringTask_isRequired_orMustBeAString() {
    assertError(api.post("/api/incidents", "{}"), 400, "validation_error");
    assertThat(api.post("/api/incidents", "{}").json().get("details").get("task").asText()).isEqualTo("is required");
    assertThat(api.post("/api/incidents", "{\"task\":\"  \\n \"}").json().get("details").get("task").asText()).isEqualTo("is required");
    assertThat(api.post("/api/incidents", "{\"task\":null}").json().get("details").get("task").asText()).isEqualTo("is required");
    assertThat(api.post("/api/incidents", "{\"task\":5}").json().get("details").get("task").asText()).isEqualTo("must be a string");
    assertThat(api.incidentStore.list(dev.akmatori.domain.incident.IncidentFilter.none(), dev.akmatori.domain.shared.PageRequest.ALL).total()).isZero();
  }

  @Test
  void aTaskOver102400Bytes_isRejected_butExactlyThatManyIsAccepted() {
    String max = "é".repeat(51_200);

    assertThat(api.post("/api/incidents", "{\"task\":\"" + max + "\"}").status()).isEqualTo(201);
    Reply tooLong = api.post("/api/incidents", "{\"task\":\"" + max + "a\"}");
    assertError(tooLong, 400, "validation_error", "Validation failed");
    assertThat(tooLong.json().get("details").get("task").asText()).isEqualTo("must be at most 102400 bytes");
  }

  @Test
  void aNonObjectContext_andUnknownFields_areReportedTogether() {
    Reply r = api.post("/api/incidents", "{\"task\":\"\",\"context\":[1],\"priority\":\"high\"}");

    assertError(r, 400, "validation_error");
    assertThat(r.json().get("details").toString())
        .contains("\"context\":\"must be an object\"")
        .contains("\"priority\":\"unknown field\"")
        .contains("\"task\":\"is required\"");
  }

  @Test
  void bodyProblems_areTheStandardAnswers() {
    assertError(api.post("/api/incidents", ""), 400, "bad_request", "Request body is empty");
    assertError(api.post("/api/incidents", "[]"), 400, "bad_request", "Request body must be a JSON object");
    assertThat(api.post("/api/incidents", "{\"task\":").json().get("error").asText()).startsWith("Malformed JSON: ");
    assertError(
        api.send(api.request("/api/incidents").header("Content-Type", "text/plain").POST(BodyPublishers.ofString("{\"task\":\"t\"}"))),
        415, "unsupported_media_type");
    assertError(api.post("/api/incidents", "{\"task\":\"" + "a".repeat(1_048_576) + "\"}"), 413, "payload_too_large");
  }

  @Test
  void withoutCredentials_itIs401_andNothingIsCreated() {
    Reply r = api.send(api.anonymous("/api/incidents").header("Content-Type", "application/json").POST(BodyPublishers.ofString("{\"task\":\"t\"}")));

    assertError(r, 401, "unauthorized", "Missing authentication token");
    assertThat(api.wakeUps).hasValue(0);
  }
}
