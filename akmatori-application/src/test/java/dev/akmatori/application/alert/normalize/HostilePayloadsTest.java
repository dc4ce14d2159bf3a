package dev.akmatori.application.alert.normalize;

import static dev.akmatori.application.alert.AlertFixtures.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.domain.alert.NormalizedAlert;
import dev.akmatori.domain.alert.Severity;
import dev.akmatori.domain.alertsource.FieldMappings;
import dev.akmatori.domain.shared.BadRequestException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Payloads of the wrong shape never crash an adapter: they are read leniently or refused with a 400. */
class HostilePayloadsTest {
  private static List<NormalizedAlert> normalize(String type, Object payload) {
    return Normalizers.forType(type).orElseThrow().normalize(payload, FieldMappings.parse(Map.of("severity", "a.b.c")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"alertmanager", "grafana", "pagerduty", "datadog", "zabbix"})
  void scalarsNullAndArrays_asTheWholeBody_areInvalidPayloads(String type) {
    for (String body : List.of("null", "42", "\"text\"", "true", "[]")) {
      assertThatThrownBy(() -> normalize(type, parse(body))).as(type + " " + body)
          .isInstanceOf(BadRequestException.class).hasMessageStartingWith("Invalid payload: ");
    }
  }

  @Test
  void wrongTypesInsideAnAlertmanagerItem_areReadAsMissing() {
    String body = "{\"alerts\":[{\"status\":7,\"labels\":\"alertname=x\",\"annotations\":[\"summary\"],"
        + "\"startsAt\":12,\"endsAt\":{},\"fingerprint\":[1]}]}";
    NormalizedAlert alert = normalize("alertmanager", parse(body)).get(0);

    assertThat(alert.details().alertName()).isEqualTo("Alertmanager Alert");
    assertThat(alert.details().targetLabels()).isEmpty();
    assertThat(alert.details().summary()).isEmpty();
    assertThat(alert.details().sourceFingerprint()).isEmpty();
    assertThat(alert.startedAt()).isEmpty();
  }

  @Test
  void labelValuesThatAreNoStrings_becomeText_orAreLeftOut() {
    String body = "{\"alerts\":[{\"labels\":{\"alertname\":\"A\",\"n\":1.5,\"b\":false,\"o\":{\"deep\":{\"er\":1}},\"z\":null,\"l\":[1]}}]}";
    assertThat(normalize("alertmanager", parse(body)).get(0).details().targetLabels())
        .containsExactly(Map.entry("alertname", "A"), Map.entry("n", "1.5"), Map.entry("b", "false"));
  }

  @Test
  void aHugeLabelMap_isKeptWhole() {
    StringBuilder labels = new StringBuilder("{\"alertname\":\"Big\"");
    for (int i = 0; i < 20_000; i++) {
      labels.append(",\"label_").append(i).append("\":\"value ").append(i).append('"');
    }
    labels.append('}');
    NormalizedAlert alert = normalize("alertmanager", parse("{\"alerts\":[{\"labels\":" + labels + "}]}")).get(0);
    assertThat(alert.details().targetLabels()).hasSize(20_001).containsEntry("label_19999", "value 19999");
  }

  @Test
  void deepNesting_underAMappedPath_isHarmless() {
    String deep = "{\"a\":".repeat(40) + "1" + "}".repeat(40);
    NormalizedAlert alert = normalize("zabbix", parse(deep)).get(0);
    assertThat(alert.details().severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void anOverlongSourceFingerprint_isRefusedWithTheAlertsIndex() {
    String fp = "f".repeat(1025);
    String body = "{\"alerts\":[{\"labels\":{}},{\"labels\":{},\"fingerprint\":\"" + fp + "\"}]}";
    assertThatThrownBy(() -> normalize("alertmanager", parse(body)))
        .isInstanceOf(BadRequestException.class)
        .hasMessage("Invalid payload: alerts[1]: source alert id and fingerprint must be at most 1024 characters");
    assertThat(normalize("zabbix", parse("{\"event_id\":\"" + "9".repeat(1024) + "\"}"))).hasSize(1);
  }
}
