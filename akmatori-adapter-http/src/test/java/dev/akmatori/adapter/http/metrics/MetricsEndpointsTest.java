package dev.akmatori.adapter.http.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.adapter.http.HttpApi;
import dev.akmatori.adapter.http.testing.Reply;
import dev.akmatori.adapter.http.testing.TestApi;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code GET /api/metrics} and {@code /metrics} (contract §3.11) over the real HTTP stack. */
class MetricsEndpointsTest {
  private static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private final PrometheusMetrics metrics = PrometheusMetrics.withoutQueue();
  private final TestApi api = TestApi.with().factory(deps -> HttpApi.create(deps, metrics)).start();

  @AfterEach
  void stop() {
    api.close();
  }

  /**
   * The registry read directly (a scrape over HTTP would count itself) once {@code ready} holds: a
   * request is counted by Javalin's request logger, which may run just after the client has the
   * response.
   */
  private Exposition settled(Predicate<Exposition> ready) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    Exposition e = Exposition.parse(metrics.scrape());
    while (!ready.test(e) && System.nanoTime() < deadline) {
      Thread.sleep(20);
      e = Exposition.parse(metrics.scrape());
    }
    return e;
  }

  private static Predicate<Exposition> requests(double count, String method, String route, String status) {
    return e -> e.value("akmatori_http_requests_total", "method", method, "route", route, "status", status)
        .orElse(0.0) >= count;
  }

  @Test
  void beforeAnyTraffic_everyRequiredFamily_andEveryKnownLabelSet_isExposedAtZero() {
    Reply reply = api.get("/api/metrics");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.header("Content-Type")).isEqualTo(CONTENT_TYPE);
    Exposition e = Exposition.parse(reply.body());
    assertThat(e.types).containsEntry("akmatori_http_requests_total", "counter")
        .containsEntry("akmatori_incidents_created_total", "counter")
        .containsEntry("akmatori_incidents_finished_total", "counter")
        .containsEntry("akmatori_investigations_running", "gauge")
        .containsEntry("akmatori_investigation_duration_seconds", "histogram")
        .containsEntry("akmatori_llm_tokens_total", "counter")
        .containsEntry("akmatori_alerts_received_total", "counter")
        .containsEntry("akmatori_tool_calls_total", "counter")
        .containsEntry("akmatori_investigation_queue_depth", "gauge")
        .containsEntry("akmatori_llm_calls_total", "counter")
        .containsEntry("akmatori_llm_tokens_by_provider_total", "counter")
        .containsEntry("akmatori_llm_call_duration_seconds", "histogram")
        .containsEntry("akmatori_tool_call_duration_seconds", "histogram")
        .containsEntry("akmatori_http_request_duration_seconds", "histogram");
    assertThat(e.require("akmatori_http_requests_total", "method", "GET", "route", "/api/health", "status", "200")).isZero();
    assertThat(e.require("akmatori_http_requests_total", "method", "GET", "route", "/api/metrics", "status", "200")).isZero();
    for (String source : List.of("api", "alertmanager", "grafana", "pagerduty", "datadog", "zabbix")) {
      assertThat(e.require("akmatori_incidents_created_total", "source", source)).isZero();
      if (!source.equals("api")) {
        for (String action : List.of("created", "deduplicated", "correlated", "resolved", "ignored")) {
          assertThat(e.require("akmatori_alerts_received_total", "source_type", source, "action", action)).isZero();
        }
      }
    }
    for (String status : List.of("completed", "failed", "cancelled")) {
      assertThat(e.require("akmatori_incidents_finished_total", "status", status)).isZero();
    }
    assertThat(e.labelValues("akmatori_incidents_finished_total", "status")).hasSize(3);
    assertThat(e.require("akmatori_investigations_running")).isZero();
    assertThat(e.require("akmatori_investigation_queue_depth")).isZero();
    assertThat(e.require("akmatori_investigation_duration_seconds_count")).isZero();
    assertThat(e.require("akmatori_investigation_duration_seconds_sum")).isZero();
    assertThat(e.require("akmatori_investigation_duration_seconds_bucket", "le", "+Inf")).isZero();
    assertThat(e.require("akmatori_llm_tokens_total")).isZero();
    for (String tool : List.of("ssh", "zabbix", "victoria_metrics", "catchpoint", "postgresql", "grafana",
        "pagerduty", "clickhouse", "netbox", "kubernetes")) {
      assertThat(e.require("akmatori_tool_calls_total", "tool_type", tool, "outcome", "success")).isZero();
      assertThat(e.require("akmatori_tool_calls_total", "tool_type", tool, "outcome", "error")).isZero();
    }
    for (String provider : List.of("openai", "anthropic", "google", "openrouter", "custom")) {
      assertThat(e.require("akmatori_llm_calls_total", "provider", provider, "outcome", "success")).isZero();
      assertThat(e.require("akmatori_llm_tokens_by_provider_total", "provider", provider, "type", "input")).isZero();
    }
  }

  @Test
  void routes_areTemplates_orUnmatched_neverTheRawPath() throws Exception {
    String uuid = UUID.randomUUID().toString();
    assertThat(api.get("/api/incidents/" + uuid).status()).isEqualTo(404);
    assertThat(api.get("/api/incidents/" + uuid + "/").status()).isEqualTo(404);
    assertThat(api.get("/api/no-such-thing/42").status()).isEqualTo(404);
    assertThat(api.send(api.request("/api/metrics").DELETE()).status()).isEqualTo(405);

    Exposition e = settled(requests(2, "GET", "/api/incidents/{uuid}", "404")
        .and(requests(1, "GET", "unmatched", "404")).and(requests(1, "DELETE", "/api/metrics", "405"))
        .and(x -> x.value("akmatori_http_request_duration_seconds_count", "method", "GET", "route", "/api/incidents/{uuid}")
            .orElse(0.0) >= 2));
    Reply reply = api.get("/api/metrics");

    assertThat(e.require("akmatori_http_requests_total", "method", "GET", "route", "/api/incidents/{uuid}", "status", "404"))
        .isEqualTo(2);
    assertThat(e.require("akmatori_http_requests_total", "method", "GET", "route", "unmatched", "status", "404")).isEqualTo(1);
    assertThat(e.require("akmatori_http_requests_total", "method", "DELETE", "route", "/api/metrics", "status", "405")).isEqualTo(1);
    assertThat(e.require("akmatori_http_request_duration_seconds_count", "method", "GET", "route", "/api/incidents/{uuid}"))
        .isEqualTo(2);
    assertThat(reply.body()).doesNotContain(uuid).doesNotContain("no-such-thing");
    assertThat(e.labelValues("akmatori_http_requests_total", "route")).allSatisfy(route ->
        assertThat(route).matches("unmatched|/api(/[a-z0-9._-]+|/\\{[a-z]+\\})*"));
  }

  @Test
  void aliases_answerTheSame_andCountUnderTheirApiTemplate() throws Exception {
    Reply alias = api.get("/metrics");
    assertThat(alias.status()).isEqualTo(200);
    assertThat(alias.header("Content-Type")).isEqualTo(CONTENT_TYPE);
    assertThat(alias.body()).contains("# TYPE akmatori_http_requests_total counter");
    api.post("/auth/login", "{\"username\":\"admin\",\"password\":\"wrong-password\"}");
    api.send(api.anonymous("/webhook/alert/" + UUID.randomUUID()).POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")));

    Exposition e = settled(requests(1, "GET", "/api/metrics", "200").and(requests(1, "POST", "/api/auth/login", "401"))
        .and(requests(1, "POST", "/api/webhook/alert/{uuid}", "404")));

    assertThat(e.require("akmatori_http_requests_total", "method", "GET", "route", "/api/metrics", "status", "200")).isEqualTo(1);
    assertThat(e.require("akmatori_http_requests_total", "method", "POST", "route", "/api/auth/login", "status", "401")).isEqualTo(1);
    assertThat(e.require("akmatori_http_requests_total", "method", "POST", "route", "/api/webhook/alert/{uuid}", "status", "404"))
        .isEqualTo(1);
    assertThat(e.labelValues("akmatori_http_requests_total", "route")).allSatisfy(r -> assertThat(r).doesNotStartWith("/metrics")
        .doesNotStartWith("/auth").doesNotStartWith("/webhook"));
  }

  @Test
  void withoutCredentials_bothPathsAnswer401_andTheRejectionIsCountedUnderTheRoute() throws Exception {
    Reply api401 = api.send(api.anonymous("/api/metrics").GET());
    Reply alias401 = api.send(api.anonymous("/metrics").GET());
    Reply unknown401 = api.send(api.anonymous("/api/not-a-route").GET());

    assertThat(api401.status()).isEqualTo(401);
    assertThat(api401.json().get("code").asText()).isEqualTo("unauthorized");
    assertThat(api401.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"akmatori\"");
    assertThat(alias401.status()).isEqualTo(401);
    Exposition e = settled(requests(2, "GET", "/api/metrics", "401").and(requests(1, "GET", "unmatched", "401")));
    assertThat(e.require("akmatori_http_requests_total", "method", "GET", "route", "/api/metrics", "status", "401")).isEqualTo(2);
    assertThat(e.require("akmatori_http_requests_total", "method", "GET", "route", "unmatched", "status", "401")).isEqualTo(1);
    assertThat(unknown401.status()).isEqualTo(401);
  }

  @Test
  void aPrometheusScraper_authenticatesWithAnApiKeyAsItsBearerToken() {
    Reply created = api.post("/api/api-keys", "{\"name\":\"prometheus\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String key = created.json().get("key").asText();

    Reply bearer = api.send(api.anonymous("/metrics").header("Authorization", "Bearer " + key).GET());
    Reply header = api.send(api.anonymous("/api/metrics").header("X-API-Key", key).GET());
    Reply wrong = api.send(api.anonymous("/metrics").header("Authorization", "Bearer akm_" + "x".repeat(40)).GET());

    assertThat(bearer.status()).isEqualTo(200);
    assertThat(bearer.header("Content-Type")).isEqualTo(CONTENT_TYPE);
    assertThat(header.status()).isEqualTo(200);
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.json().get("error").asText()).isEqualTo("Invalid API key");
  }

  @Test
  void everyAnsweredRequest_isCountedOnce_withItsStatus() throws Exception {
    api.send(api.anonymous("/api/health").GET());
    api.send(api.anonymous("/api/health").GET());
    api.get("/api/metrics");

    Exposition e = settled(requests(2, "GET", "/api/health", "200").and(requests(1, "GET", "/api/metrics", "200")));
    Thread.sleep(200); // nothing counts twice, however long we wait
    e = Exposition.parse(metrics.scrape());

    assertThat(e.require("akmatori_http_requests_total", "method", "GET", "route", "/api/health", "status", "200")).isEqualTo(2);
    assertThat(e.require("akmatori_http_requests_total", "method", "GET", "route", "/api/metrics", "status", "200")).isEqualTo(1);
    assertThat(e.require("akmatori_http_request_duration_seconds_count", "method", "GET", "route", "/api/health")).isEqualTo(2);
  }
}
