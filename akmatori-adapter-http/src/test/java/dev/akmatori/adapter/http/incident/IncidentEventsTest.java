package dev.akmatori.adapter.http.incident;

import static dev.akmatori.adapter.http.testing.ErrorAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akmatori.adapter.http.HttpServer;
import dev.akmatori.adapter.http.testing.Reply;
import dev.akmatori.adapter.http.testing.SseClient;
import dev.akmatori.adapter.http.testing.TestApi;
import dev.akmatori.application.investigation.RunEnding;
import dev.akmatori.domain.incident.EventType;
import dev.akmatori.domain.incident.IncidentId;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code GET /api/incidents/{uuid}/events} as SSE and as JSON (contract §3.1.5, §5.7). */
class IncidentEventsTest {
  /**
   * How long to wait for a frame or the end of a stream: generous, as the CI machine has 2 cores and
   * can be at load 20; a passing test never waits this long.
   */
  private static final long WAIT_MS = 15_000;

  private final TestApi api = TestApi.with().streams(Duration.ofMillis(50), Duration.ofMillis(300)).start();

  @AfterEach
  void stop() {
    api.close();
  }

  private IncidentId create() {
    return IncidentId.parse(api.post("/api/incidents", "{\"task\":\"t\"}").json().get("uuid").asText()).orElseThrow();
  }

  private void log(IncidentId id, String text) {
    api.incidents.events.append(id, EventType.LOG, Map.of("text", text), TestApi.START);
  }

  private void complete(IncidentId id) {
    api.incidents.queue.claimNext("w", TestApi.START.plusSeconds(60), TestApi.START);
    api.incidents.queue.finish(id, "w", RunEnding.completed("answer", 10), TestApi.START);
  }

  private SseClient sse(IncidentId id, String... headers) {
    return SseClient.open(api.request("/api/incidents/" + id + "/events").headers(headers.length == 0 ? new String[] {"X-Test", "1"} : headers).build());
  }

  @Test
  void json_listsEventsAfterLastEventId_asIdTypeAtData() {
    IncidentId id = create();
    log(id, "one");
    log(id, "two");

    Reply all = api.send(api.request("/api/incidents/" + id + "/events").header("Accept", "application/json"));
    Reply after = api.send(api.request("/api/incidents/" + id + "/events").header("Accept", "application/json").header("Last-Event-ID", "2"));

    assertThat(all.status()).isEqualTo(200);
    assertThat(all.header("Content-Type")).startsWith("application/json");
    assertThat(all.json().size()).isEqualTo(3);
    JsonNode first = all.json().get(0);
    assertThat(first.toString())
        .isEqualTo("{\"id\":1,\"type\":\"status\",\"at\":\"2026-05-06T09:30:12.481Z\",\"data\":{\"status\":\"pending\",\"previous_status\":null,\"error\":null}}");
    assertThat(after.json().size()).isEqualTo(1);
    assertThat(after.json().get(0).get("data").get("text").asText()).isEqualTo("two");
  }

  @Test
  void json_pagesWithTheEnvelope_whenPageOrPerPageIsGiven() {
    IncidentId id = create();
    for (int i = 0; i < 5; i++) {
      log(id, "l" + i);
    }

    Reply page = api.send(api.request("/api/incidents/" + id + "/events?page=2&per_page=2").header("Accept", "application/json").header("Last-Event-ID", "1"));
    Reply bad = api.send(api.request("/api/incidents/" + id + "/events?page=0").header("Accept", "application/json"));

    assertThat(page.json().get("pagination").toString()).isEqualTo("{\"page\":2,\"per_page\":2,\"total\":5,\"total_pages\":3}");
    assertThat(page.json().get("data")).extracting(n -> n.get("id").asInt()).containsExactly(4, 5);
    assertError(bad, 400, "validation_error");
  }

  @Test
  void sse_isTheDefault_replaysAfterLastEventId_andClosesAfterATerminalIncidentsReplay() {
    IncidentId id = create();
    log(id, "one");
    complete(id);

    try (SseClient stream = sse(id, "Last-Event-ID", "2")) {
      assertThat(stream.status()).isEqualTo(200);
      assertThat(stream.header("Content-Type")).startsWith("text/event-stream");
      assertThat(stream.header("Cache-Control")).isEqualTo("no-cache");
      List<List<String>> frames = stream.untilClosed(WAIT_MS);

      assertThat(frames).extracting(f -> f.get(0)).containsExactly("id: 3", "id: 4", "id: 5");
      assertThat(frames).extracting(f -> f.get(1)).containsExactly("event: status", "event: response", "event: status");
      assertThat(frames.get(2).get(2)).startsWith("data: {\"id\":5,\"type\":\"status\",").contains("\"status\":\"completed\"");
    }
  }

  @Test
  void sse_withAnAnyOrMixedAccept_isStillSse_andAnInvalidLastEventIdCountsAsZero() {
    IncidentId id = create();
    complete(id);

    for (String accept : List.of("*/*", "text/event-stream", "application/json, text/event-stream", "text/html")) {
      try (SseClient stream = sse(id, "Accept", accept, "Last-Event-ID", "banana")) {
        assertThat(stream.header("Content-Type")).as(accept).startsWith("text/event-stream");
        assertThat(stream.untilClosed(WAIT_MS)).as(accept).hasSize(4);
      }
    }
  }

  @Test
  void sse_tailsNewEventsLive_andClosesRightAfterTheTerminalStatus() {
    IncidentId id = create();
    try (SseClient stream = sse(id)) {
      assertThat(stream.next(WAIT_MS)).startsWith("id: 1");

      log(id, "live one");
      assertThat(stream.next(WAIT_MS)).contains("id: 2", "event: log");
      complete(id);

      assertThat(stream.untilClosed(WAIT_MS)).extracting(f -> f.get(0)).containsExactly("id: 3", "id: 4", "id: 5");
    }
  }

  @Test
  void sse_sendsKeepaliveComments_atTheConfiguredInterval() {
    IncidentId id = create();
    try (SseClient stream = sse(id)) {
      assertThat(stream.next(WAIT_MS)).startsWith("id: 1");
      long before = System.nanoTime();

      assertThat(stream.next(WAIT_MS)).containsExactly(": keepalive");
      assertThat(stream.next(WAIT_MS)).containsExactly(": keepalive");
      assertThat(Duration.ofNanos(System.nanoTime() - before)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
    }
  }

  @Test
  void aJwtInTheTokenQueryParameter_isAccepted_andABadOneIs401() {
    IncidentId id = create();
    complete(id);

    try (SseClient stream = SseClient.open(api.anonymous("/api/incidents/" + id + "/events?token=" + api.tokens.valid()).build())) {
      assertThat(stream.status()).isEqualTo(200);
      assertThat(stream.untilClosed(WAIT_MS)).hasSize(4);
    }
    assertError(api.send(api.anonymous("/api/incidents/" + id + "/events?token=" + api.tokens.expired())), 401, "unauthorized", "Invalid or expired token");
    assertError(api.send(api.anonymous("/api/incidents/" + id + "?token=" + api.tokens.valid())), 401, "unauthorized");
  }

  @Test
  void stoppingTheServer_endsOpenStreams_insteadOfWaitingForThem() {
    IncidentId id = create();
    HttpServer server = HttpServer.start(api.deps, "127.0.0.1", 0);
    URI uri = URI.create("http://127.0.0.1:" + server.port() + "/api/incidents/" + id + "/events");
    try (SseClient stream = SseClient.open(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + api.tokens.valid()).build())) {
      assertThat(stream.next(WAIT_MS)).startsWith("id: 1");
      long before = System.nanoTime();

      server.close();

      // Waiting for the stream would take close()'s full 10 s; the bound leaves the rest for load.
      assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(7));
      assertThat(stream.next(WAIT_MS)).isSameAs(SseClient.CLOSED);
    }
  }

  @Test
  void anUnknownIncident_isAJson404_beforeAnyStream() {
    Reply r = api.send(api.request("/api/incidents/3f2b8c1e-1d2a-4b7e-9c0d-123456789abc/events").header("Accept", "text/event-stream"));

    assertError(r, 404, "not_found", "Incident not found");
  }
}
