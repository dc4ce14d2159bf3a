package dev.akmatori.domain.alertsource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.domain.shared.ValidationException;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Creating and changing alert sources: the field rules of contract §3.5. */
class AlertSourceDraftTest {
  @Test
  void aMinimalDraft_takesTheDefaults_andTrimsTheName() {
    AlertSourceDraft draft = AlertSourceDraft.of("grafana", "  Prod Grafana ", null, null, null, null, null);

    assertThat(draft.sourceTypeName()).isEqualTo("grafana");
    AlertSourceConfig c = draft.config();
    assertThat(c.name()).isEqualTo("Prod Grafana");
    assertThat(c.description()).isEmpty();
    assertThat(c.webhookSecret().isEmpty()).isTrue();
    assertThat(c.fieldMappings().isEmpty()).isTrue();
    assertThat(c.settings()).isEmpty();
    assertThat(c.enabled()).isTrue();
  }

  @Test
  void everyFailingField_isReportedAtOnce() {
    assertThatThrownBy(
            () -> AlertSourceDraft.of("nagios", "x".repeat(129), null, null, Map.of("foo", "bar"), null, null))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.details())
                    .containsExactly(
                        Map.entry("source_type_name", "unknown alert source type 'nagios'"),
                        Map.entry("name", "must be at most 128 characters"),
                        Map.entry("field_mappings.foo", "unknown alert field")));
  }

  @Test
  void aMissingOrBlankTypeAndName_areRequired() {
    assertThatThrownBy(() -> AlertSourceDraft.of(" ", "  ", null, null, null, null, null))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.details()).containsOnly(Map.entry("source_type_name", "is required"), Map.entry("name", "is required")));
  }

  @Test
  void theNameLimitCountsCodePoints() {
    String rockets = "🚀".repeat(128);
    assertThat(AlertSourceDraft.of("zabbix", rockets, null, null, null, null, null).config().name()).isEqualTo(rockets);
  }

  @Test
  void aMaskedSecretOnCreation_keepsTheEmptySecret() {
    AlertSourceDraft draft = AlertSourceDraft.of("zabbix", "z", null, "****abcd", null, null, false);

    assertThat(draft.config().webhookSecret().isEmpty()).isTrue();
    assertThat(draft.config().enabled()).isFalse();
  }

  @Test
  void settingsAreStoredAsGiven_withSmallIntegersAsLongs_andUnmodifiable() {
    List<Object> list = new ArrayList<>(List.of(1, "two"));
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("z", list);
    settings.put("a", null);

    AlertSourceConfig c = AlertSourceDraft.of("zabbix", "z", "d", "s3cret", null, settings, true).config();
    list.add("three");

    assertThat(c.settings()).containsExactly(Map.entry("z", List.of(1L, "two")), new SimpleEntry<>("a", null));
    assertThatThrownBy(() -> c.settings().put("b", 1)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void changes_replaceOnlyWhatIsSent_andFollowTheEchoRule() {
    AlertSourceConfig stored =
        AlertSourceDraft.of("zabbix", "z", "old", "secret-1234", Map.of("severity", "sev"), Map.of("k", "v"), true).config();

    AlertSourceConfig echoed = stored.with(AlertSourceChanges.of(" renamed ", null, "****1234", Map.of(), null, false));
    AlertSourceConfig cleared = stored.with(AlertSourceChanges.of(null, "", "", null, Map.of(), null));
    AlertSourceConfig untouched = stored.with(AlertSourceChanges.none());

    assertThat(echoed.name()).isEqualTo("renamed");
    assertThat(echoed.description()).isEqualTo("old");
    assertThat(echoed.webhookSecret().reveal()).isEqualTo("secret-1234");
    assertThat(echoed.fieldMappings().isEmpty()).isTrue();
    assertThat(echoed.settings()).containsEntry("k", "v");
    assertThat(echoed.enabled()).isFalse();
    assertThat(cleared.webhookSecret().isEmpty()).isTrue();
    assertThat(cleared.description()).isEmpty();
    assertThat(cleared.settings()).isEmpty();
    assertThat(untouched).isEqualTo(stored);
  }

  @Test
  void changes_rejectABlankNameAndBadMappingsTogether() {
    assertThatThrownBy(() -> AlertSourceChanges.of("", null, null, Map.of("status", 1), null, null))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.details())
                    .containsOnly(Map.entry("name", "is required"), Map.entry("field_mappings.status", "must be a non-empty string")));
  }

  @Test
  void theConfig_neverPrintsItsSecret() {
    AlertSourceConfig c = AlertSourceDraft.of("zabbix", "z", null, "hunter2-secret", null, null, null).config();

    assertThat(c.toString()).doesNotContain("hunter2").contains("****cret");
  }

  @Test
  void ids_parseOnlyCanonicalUuids_andTheWebhookUrlEndsWithTheUuid() {
    String text = "0b6f7c1e-8a59-4a39-9a1f-7a0f0d1c2b3e";
    AlertSourceId id = AlertSourceId.parse(text).orElseThrow();

    assertThat(AlertSourceId.parse(text.toUpperCase())).contains(id);
    assertThat(AlertSourceId.parse("not-a-uuid")).isEmpty();
    assertThat(AlertSourceId.parse("0b6f7c1e8a594a399a1f7a0f0d1c2b3e")).isEmpty();
    assertThat(AlertSourceId.parse("1-1-1-1-1")).isEmpty();
    assertThat(AlertSourceId.parse(null)).isEmpty();
    assertThat(id.value()).isEqualTo(UUID.fromString(text));
  }
}
