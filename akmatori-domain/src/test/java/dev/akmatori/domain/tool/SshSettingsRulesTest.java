package dev.akmatori.domain.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.domain.shared.ValidationException;
import dev.akmatori.domain.shared.Violations;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SshSettingsRulesTest {
  private static final ToolTypeDefinition SSH = BuiltinToolTypes.byName("ssh").orElseThrow();

  private static Map<String, Object> host(String hostname, String keyId) {
    return Map.of("hostname", hostname, "address", "10.0.0.1", "key_id", keyId);
  }

  @Test
  void duplicateHostnames_areReportedOnTheLaterHost() {
    Map<String, Object> settings = Map.of("ssh_hosts", List.of(host("web", ""), host("db", ""), host("web", "")));
    assertThatThrownBy(() -> SshSettingsRules.check(settings, Set.of()))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.details())
            .containsExactly(Map.entry("settings.ssh_hosts[2].hostname", "must be unique")));
  }

  @Test
  void keyIds_mustNameAKeyOfTheInstance_emptyMeansTheDefaultKey() {
    Map<String, Object> settings = Map.of("ssh_hosts", List.of(host("a", "k1"), host("b", ""), host("c", "gone")));
    assertThatThrownBy(() -> SshSettingsRules.check(settings, Set.of("k1")))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.details())
            .containsExactly(Map.entry("settings.ssh_hosts[2].key_id", "unknown SSH key")));
    assertThatCode(() -> SshSettingsRules.check(Map.of(), Set.of())).doesNotThrowAnyException();
  }

  @Test
  void runsAfterSchemaValidation_inOneReport_withoutTrippingOnMalformedHosts() {
    Map<String, Object> settings = Map.of("ssh_hosts", List.of(
        host("a", "nope"), Map.of("hostname", 5L, "address", "x"), "junk", host("a", "")));
    Violations violations = new Violations();
    SettingsValidator.forType(SSH).collect(settings, violations);
    SshSettingsRules.collect(settings, Set.of(), violations);
    assertThatThrownBy(violations::throwIfAny)
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.details()).containsOnlyKeys(
            "settings.ssh_hosts[0].key_id", "settings.ssh_hosts[1].hostname", "settings.ssh_hosts[2]",
            "settings.ssh_hosts[3].hostname"));
  }

  @Test
  void hostUsingKey_namesTheHost_forTheDeleteConflict() {
    Map<String, Object> settings = Map.of("ssh_hosts", List.of(host("a", "k1"), host("b", "k2")));
    assertThat(SshSettingsRules.hostUsingKey(settings, "k2")).contains("b");
    assertThat(SshSettingsRules.hostUsingKey(settings, "k3")).isEmpty();
  }
}
