package dev.akmatori.application.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.akmatori.domain.alert.AlertAction;
import dev.akmatori.domain.incident.IncidentStatus;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class MetricsPortsTest {
  @Test
  void none_observesNothing_andNeverThrows() {
    MetricsPorts none = MetricsPorts.NONE;

    assertThatCode(() -> {
      none.incidents().created("api");
      none.incidents().finished(IncidentStatus.COMPLETED);
      none.investigations().started();
      none.investigations().ended(Duration.ofSeconds(3));
      none.models().modelCalled("openai", CallOutcome.SUCCESS, 10, 5, Duration.ofMillis(20));
      none.tools().toolCalled("ssh", CallOutcome.ERROR, Duration.ofMillis(20));
      none.alerts().received("zabbix", AlertAction.CREATED);
    }).doesNotThrowAnyException();
  }

  @Test
  void of_usesOneImplementationForEveryPort() {
    RecordingMetrics recording = new RecordingMetrics();
    MetricsPorts ports = MetricsPorts.of(recording);

    ports.incidents().created("grafana");
    ports.tools().toolCalled("zabbix", CallOutcome.SUCCESS, Duration.ZERO);

    assertThat(recording.events()).containsExactly("created grafana", "tool zabbix success");
  }

  @Test
  void outcomes_haveTheContractsLabelValues() {
    assertThat(CallOutcome.SUCCESS.wireName()).isEqualTo("success");
    assertThat(CallOutcome.ERROR.wireName()).isEqualTo("error");
  }
}
