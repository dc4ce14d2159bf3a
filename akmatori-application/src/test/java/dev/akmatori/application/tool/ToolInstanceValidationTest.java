package dev.akmatori.application.tool;

import static dev.akmatori.application.tool.ToolInstanceServiceTest.map;
import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.domain.shared.ValidationException;
import dev.akmatori.domain.tool.SshKey;
import dev.akmatori.domain.tool.ToolInstance;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Every rule of §3.4.2 answers with every failing field at once, and nothing is stored. */
class ToolInstanceValidationTest {
  private final ToolFixture fixture = new ToolFixture();
  private final ToolInstanceService tools = fixture.tools;

  private static Map<String, String> failures(Executable action) {
    try {
      action.execute();
    } catch (ValidationException e) {
      return e.details();
    } catch (Throwable other) {
      throw new AssertionError("expected a validation failure", other);
    }
    throw new AssertionError("expected a validation failure");
  }

  private Map<String, String> create(Long type, String name, String logicalName, Map<String, Object> settings) {
    CreateToolInstance command = new CreateToolInstance(type, name, logicalName, settings, null);
    Map<String, String> checked = failures(() -> tools.check(command));
    assertThat(failures(() -> tools.create(command))).isEqualTo(checked);
    assertThat(tools.list()).isEmpty();
    return checked;
  }

  @Test
  void missingTypeAndName_areRequired_together() {
    assertThat(create(null, "   ", null, Map.of()))
        .containsExactlyInAnyOrderEntriesOf(Map.of("tool_type_id", "is required", "name", "is required"));
  }

  @Test
  void anUnknownType_isReported_andSettingsAreNotCheckedWithoutAType() {
    assertThat(create(99L, "x", null, map("anything", 1L))).containsExactly(Map.entry("tool_type_id", "unknown tool type"));
    assertThat(create(0L, "x", null, Map.of())).containsExactly(Map.entry("tool_type_id", "unknown tool type"));
    assertThat(create(-3L, "x", null, Map.of())).containsExactly(Map.entry("tool_type_id", "unknown tool type"));
  }

  @Test
  void nameLengthAndLogicalNameRules() {
    assertThat(create(2L, "n".repeat(129), null, map("zabbix_url", "https://z")))
        .containsExactly(Map.entry("name", "must be at most 128 characters"));
    assertThat(create(2L, "!!!", null, map("zabbix_url", "https://z")))
        .containsExactly(Map.entry("logical_name", "resolves to empty after sanitization"));
    assertThat(create(2L, "fine", "---", map("zabbix_url", "https://z")))
        .containsExactly(Map.entry("logical_name", "resolves to empty after sanitization"));
  }

  @Test
  void settings_areValidatedAgainstTheTypeSchema_everyFieldAtOnce() {
    Map<String, String> failures = create(2L, "z", null,
        map("zabbix_timeout", 1L, "zabbix_url", "ftp://nope", "auth_method", "magic", "zabbix_tokn", "x"));

    assertThat(failures).containsExactlyInAnyOrderEntriesOf(Map.of(
        "settings.zabbix_timeout", "must be between 5 and 300",
        "settings.zabbix_url", "must be a valid http or https URL",
        "settings.auth_method", "must be one of token, credentials",
        "settings.zabbix_tokn", "unknown setting"));
    assertThat(create(2L, "z", null, Map.of())).containsExactly(Map.entry("settings.zabbix_url", "is required"));
  }

  @Test
  void sshHosts_needKnownKeyIds_uniqueHostnames_andTheirRequiredFields() {
    Map<String, Object> hosts = map("ssh_hosts", List.of(
        Map.of("hostname", "web", "address", "10.0.0.1", "key_id", "3f1c0a8e-5b7d-4c2e-9f10-1a2b3c4d5e6f"),
        Map.of("hostname", "web", "address", "10.0.0.2"),
        Map.of("hostname", "db", "adress", "typo")));

    assertThat(create(1L, "ssh", null, hosts)).containsExactlyInAnyOrderEntriesOf(Map.of(
        "settings.ssh_hosts[0].key_id", "unknown SSH key",
        "settings.ssh_hosts[1].hostname", "must be unique",
        "settings.ssh_hosts[2].address", "is required",
        "settings.ssh_hosts[2].adress", "unknown setting"));
  }

  @Test
  void update_validatesTheMergedSettings_andAcceptsKeyIdsOfTheInstance() {
    ToolInstance ssh = tools.create(new CreateToolInstance(1L, "ssh", null, Map.of(), null)).instance();
    SshKey key = fixture.keys.create(ssh.id(), SshKeyServiceTest.draft("k"), false);
    Map<String, Object> good = map("ssh_hosts", List.of(Map.of("hostname", "a", "address", "1.2.3.4", "key_id", key.id().value())));

    UpdateToolInstance update = new UpdateToolInstance(null, null, good, null);
    assertThat(tools.update(ssh.id(), update).instance().settings()).isEqualTo(good);
    ToolInstance z = tools.create(new CreateToolInstance(2L, "z", null, map("zabbix_url", "https://z"), null)).instance();
    UpdateToolInstance removeRequired = new UpdateToolInstance("  ", null, map("zabbix_url", null), null);
    assertThat(failures(() -> tools.update(z.id(), removeRequired))).containsExactlyInAnyOrderEntriesOf(
        Map.of("name", "is required", "settings.zabbix_url", "is required"));
    assertThat(failures(() -> tools.check(z.id(), removeRequired))).hasSize(2);
    assertThat(fixture.changes).containsExactly("updated " + ssh.id());
  }
}
