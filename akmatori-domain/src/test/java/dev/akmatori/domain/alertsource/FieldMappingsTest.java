package dev.akmatori.domain.alertsource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.domain.shared.ValidationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldMappingsTest {
  @Test
  void knownFieldsWithNonEmptyPaths_areAccepted_andKeptInFieldOrder() {
    Map<String, Object> raw = new LinkedHashMap<>();
    raw.put("target_host", "labels.host");
    raw.put("alert_name", "labels.name");

    FieldMappings mappings = FieldMappings.parse(raw);

    assertThat(mappings.path(AlertField.ALERT_NAME)).contains("labels.name");
    assertThat(mappings.toWire()).containsExactly(Map.entry("alert_name", "labels.name"), Map.entry("target_host", "labels.host"));
  }

  @Test
  void everyContractFieldIsAMappableKey() {
    assertThat(List.of(AlertField.values()))
        .extracting(AlertField::wireName)
        .containsExactly(
            "alert_name", "severity", "status", "summary", "description", "target_host", "target_service",
            "runbook_url", "metric_name", "metric_value", "source_alert_id", "source_fingerprint", "started_at",
            "ended_at");
  }

  @Test
  void unknownKeysAndBadValues_areAllReportedUnderTheirFieldPath() {
    Map<String, Object> raw = new LinkedHashMap<>();
    raw.put("hostname", "x");
    raw.put("severity", "");
    raw.put("status", 5);
    raw.put("summary", null);
    raw.put("description", Map.of("a", "b"));

    assertThatThrownBy(() -> FieldMappings.parse(raw))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.details())
                    .containsExactly(
                        Map.entry("field_mappings.hostname", "unknown alert field"),
                        Map.entry("field_mappings.severity", "must be a non-empty string"),
                        Map.entry("field_mappings.status", "must be a non-empty string"),
                        Map.entry("field_mappings.summary", "must be a non-empty string"),
                        Map.entry("field_mappings.description", "must be a non-empty string")));
  }

  @Test
  void keysAreCaseSensitive() {
    assertThatThrownBy(() -> FieldMappings.parse(Map.of("Alert_Name", "x")))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.details()).containsEntry("field_mappings.Alert_Name", "unknown alert field"));
  }

  @Test
  void anEmptyObject_isNoMappings() {
    assertThat(FieldMappings.parse(Map.of()).isEmpty()).isTrue();
    assertThat(FieldMappings.parse(Map.of())).isEqualTo(FieldMappings.none());
  }
}
