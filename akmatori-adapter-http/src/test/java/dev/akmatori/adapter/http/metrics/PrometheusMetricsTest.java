package dev.akmatori.adapter.http.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.application.metrics.CallOutcome;
import dev.akmatori.application.metrics.MetricsPorts;
import dev.akmatori.domain.alert.AlertAction;
import dev.akmatori.domain.incident.IncidentStatus;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The Micrometer implementation of the core's observer ports, read back through its exposition. */
class PrometheusMetricsTest {
  private final PrometheusMetrics metrics = PrometheusMetrics.withoutQueue();
  private final MetricsPorts ports = metrics.ports();

  private Exposition scrape() {
    return Exposition.parse(metrics.scrape());
  }

  @Test
  void incidents_areCountedBySource_andByTerminalStatus() {
    ports.incidents().created("api");
    ports.incidents().created("api");
    ports.incidents().created("zabbix");
    ports.incidents().finished(IncidentStatus.COMPLETED);
    ports.incidents().finished(IncidentStatus.CANCELLED);
    ports.incidents().finished(IncidentStatus.RUNNING); // not an end: ignored

    Exposition e = scrape();

    assertThat(e.types).containsEntry("akmatori_incidents_created_total", "counter");
    assertThat(e.require("akmatori_incidents_created_total", "source", "api")).isEqualTo(2);
    assertThat(e.require("akmatori_incidents_created_total", "source", "zabbix")).isEqualTo(1);
    assertThat(e.require("akmatori_incidents_created_total", "source", "grafana")).isZero();
    assertThat(e.require("akmatori_incidents_finished_total", "status", "completed")).isEqualTo(1);
    assertThat(e.require("akmatori_incidents_finished_total", "status", "cancelled")).isEqualTo(1);
    assertThat(e.labelValues("akmatori_incidents_finished_total", "status")).containsExactlyInAnyOrder("completed", "failed", "cancelled");
  }

  @Test
  void runs_moveTheGauge_andEachEndedRunIsOneHistogramObservation() {
    ports.investigations().started();
    ports.investigations().started();
    assertThat(scrape().require("akmatori_investigations_running")).isEqualTo(2);

    ports.investigations().ended(Duration.ofSeconds(42));
    Exposition e = scrape();

    assertThat(e.require("akmatori_investigations_running")).isEqualTo(1);
    assertThat(e.require("akmatori_investigation_duration_seconds_count")).isEqualTo(1);
    assertThat(e.require("akmatori_investigation_duration_seconds_sum")).isEqualTo(42.0);
    assertThat(e.require("akmatori_investigation_duration_seconds_bucket", "le", "30.0")).isZero();
    assertThat(e.require("akmatori_investigation_duration_seconds_bucket", "le", "60.0")).isEqualTo(1);
    assertThat(e.require("akmatori_investigation_duration_seconds_bucket", "le", "+Inf")).isEqualTo(1);
  }

  @Test
  void modelCalls_countTokensInTotal_andByProviderAndType_andOutcomes() {
    ports.models().modelCalled("openai", CallOutcome.SUCCESS, 100, 20, Duration.ofMillis(1500));
    ports.models().modelCalled("openai", CallOutcome.SUCCESS, 300, 30, Duration.ofMillis(800));
    ports.models().modelCalled("anthropic", CallOutcome.ERROR, 0, 0, Duration.ofSeconds(3));

    Exposition e = scrape();

    assertThat(e.require("akmatori_llm_tokens_total")).isEqualTo(450);
    assertThat(e.require("akmatori_llm_tokens_by_provider_total", "provider", "openai", "type", "input")).isEqualTo(400);
    assertThat(e.require("akmatori_llm_tokens_by_provider_total", "provider", "openai", "type", "output")).isEqualTo(50);
    assertThat(e.require("akmatori_llm_calls_total", "provider", "openai", "outcome", "success")).isEqualTo(2);
    assertThat(e.require("akmatori_llm_calls_total", "provider", "anthropic", "outcome", "error")).isEqualTo(1);
    assertThat(e.require("akmatori_llm_call_duration_seconds_count", "provider", "openai")).isEqualTo(2);
    assertThat(e.require("akmatori_llm_call_duration_seconds_bucket", "provider", "openai", "le", "1.0")).isEqualTo(1);
  }

  @Test
  void toolCalls_andAlerts_areCountedWithTheirLabels_newLabelValuesIncluded() {
    ports.tools().toolCalled("victoria_metrics", CallOutcome.SUCCESS, Duration.ofMillis(70));
    ports.tools().toolCalled("ssh", CallOutcome.ERROR, Duration.ofSeconds(2));
    ports.tools().toolCalled("statuspage", CallOutcome.SUCCESS, Duration.ofMillis(5));
    ports.alerts().received("alertmanager", AlertAction.CREATED);
    ports.alerts().received("alertmanager", AlertAction.DEDUPLICATED);
    ports.alerts().received("alertmanager", AlertAction.DEDUPLICATED);

    Exposition e = scrape();

    assertThat(e.require("akmatori_tool_calls_total", "tool_type", "victoria_metrics", "outcome", "success")).isEqualTo(1);
    assertThat(e.require("akmatori_tool_calls_total", "tool_type", "ssh", "outcome", "error")).isEqualTo(1);
    assertThat(e.require("akmatori_tool_calls_total", "tool_type", "statuspage", "outcome", "success")).isEqualTo(1);
    assertThat(e.require("akmatori_tool_call_duration_seconds_bucket", "tool_type", "victoria_metrics", "le", "0.1")).isEqualTo(1);
    assertThat(e.require("akmatori_tool_call_duration_seconds_bucket", "tool_type", "victoria_metrics", "le", "0.05")).isZero();
    assertThat(e.require("akmatori_alerts_received_total", "source_type", "alertmanager", "action", "created")).isEqualTo(1);
    assertThat(e.require("akmatori_alerts_received_total", "source_type", "alertmanager", "action", "deduplicated")).isEqualTo(2);
  }

  @Test
  void theQueueDepth_isCountedAtMostOncePerTtl_andAFailureKeepsTheLastValue() {
    AtomicInteger queries = new AtomicInteger();
    AtomicLong pending = new AtomicLong(7);
    AtomicLong now = new AtomicLong();
    CachedCount count = new CachedCount(() -> {
      queries.incrementAndGet();
      long n = pending.get();
      if (n < 0) {
        throw new IllegalStateException("database is down");
      }
      return n;
    }, Duration.ofSeconds(10), now::get);

    assertThat(count.value()).isEqualTo(7);
    pending.set(9);
    now.addAndGet(Duration.ofSeconds(9).toNanos());
    assertThat(count.value()).isEqualTo(7);
    now.addAndGet(Duration.ofSeconds(2).toNanos());
    assertThat(count.value()).isEqualTo(9);
    pending.set(-1);
    now.addAndGet(Duration.ofSeconds(11).toNanos());
    assertThat(count.value()).isEqualTo(9);

    assertThat(queries).hasValue(3);
  }

  @Test
  void theQueueDepthGauge_readsThePendingCount_NaNWhileTheStoreHasNeverAnswered() {
    PrometheusMetrics counting = new PrometheusMetrics(() -> 12, Duration.ZERO);
    PrometheusMetrics broken = new PrometheusMetrics(() -> {
      throw new IllegalStateException("database is down");
    }, Duration.ZERO);

    assertThat(Exposition.parse(counting.scrape()).require("akmatori_investigation_queue_depth")).isEqualTo(12);
    assertThat(Exposition.parse(broken.scrape()).require("akmatori_investigation_queue_depth")).isNaN();
  }

  @Test
  void theExposition_namesTheCreatedCounterAsTheContractSays_andNothingElseIsRenamed() {
    ports.incidents().created("api");
    String text = metrics.scrape();

    assertThat(text).contains("# TYPE akmatori_incidents_created_total counter\n")
        .contains("# HELP akmatori_incidents_created_total ")
        .contains("akmatori_incidents_created_total{source=\"api\"} 1.0\n")
        .doesNotContain("stand_in")
        .doesNotContain("akmatori_incidents_total");
    assertThat(ReservedNames.rename("x_akmatori_incidents_created_stand_in_total 1\nakmatori_incidents_created_stand_in_totals 2\n"))
        .isEqualTo("x_akmatori_incidents_created_stand_in_total 1\nakmatori_incidents_created_stand_in_totals 2\n");
  }

  @Test
  void jvmMetrics_areIncluded() {
    assertThat(scrape().types).containsKeys("jvm_memory_used_bytes", "jvm_threads_live_threads", "process_uptime_seconds");
  }
}
