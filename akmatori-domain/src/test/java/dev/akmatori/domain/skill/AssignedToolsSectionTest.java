package dev.akmatori.domain.skill;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.domain.tool.BuiltinToolTypes;
import dev.akmatori.domain.tool.LogicalName;
import dev.akmatori.domain.tool.ToolInstance;
import dev.akmatori.domain.tool.ToolInstanceId;
import dev.akmatori.domain.tool.ToolType;
import dev.akmatori.domain.tool.ToolTypeId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AssignedToolsSectionTest {
  private static final Instant T0 = Instant.parse("2026-05-06T09:30:12Z");

  static ToolInstance instance(long id, String type, String name, Map<String, Object> settings, boolean enabled) {
    ToolType toolType = new ToolType(new ToolTypeId(id), BuiltinToolTypes.byName(type).orElseThrow(), null, T0, T0);
    return new ToolInstance(
        new ToolInstanceId(id), toolType, name, LogicalName.from(name), settings, enabled, T0, T0);
  }

  private static ToolInstance zabbix(Map<String, Object> settings) {
    return instance(2, "zabbix", "Prod Zabbix", settings, true);
  }

  @Test
  void noEnabledInstance_meansNoSection() {
    assertThat(AssignedToolsSection.render(List.of())).isEmpty();
    assertThat(AssignedToolsSection.render(List.of(instance(3, "zabbix", "z", Map.of(), false)))).isEmpty();
  }

  @Test
  void aZabbixBlock_hasHeadingOperationsArgumentsMarkersAndExamples() {
    String section = AssignedToolsSection.render(List.of(zabbix(Map.of(
        "zabbix_url", "https://zbx.example.com", "zabbix_token", "tok-super-secret"))));

    assertThat(section).startsWith("Use these tools through the `call_tool` function");
    assertThat(section).contains("\n### Prod Zabbix (logical_name: \"prod-zabbix\", type: zabbix)\n");
    assertThat(section).contains("- `zabbix.get_problems` (read-only): ");
    assertThat(section).contains("- `zabbix.api_request` (write): ");
    assertThat(section).contains("  Arguments: `method`* (string), `params` (object)\n");
    assertThat(section).contains(
        "  Example: `call_tool(\"zabbix.api_request\", {\"method\": \"<method>\"}, instance=\"prod-zabbix\")`\n");
    assertThat(section).contains(
        "  Example: `call_tool(\"zabbix.get_history\", {\"itemids\": [\"<itemids>\"]}, instance=\"prod-zabbix\")`\n");
    assertThat(section).contains("Write operations are disabled for this instance");
    assertThat(section).doesNotContain("tok-super-secret").doesNotContain("zbx.example.com");
    for (String op : List.of("get_hosts", "get_problems", "get_history", "get_items", "get_items_batch",
        "get_triggers", "api_request")) {
      assertThat(section).contains("call_tool(\"zabbix." + op + "\", ");
    }
  }

  @Test
  void writesAllowed_isStatedForTheInstance() {
    String section = AssignedToolsSection.render(List.of(zabbix(Map.of("allow_write_operations", true))));

    assertThat(section).contains("Write operations are enabled for this instance.");
  }

  @Test
  void anSshBlock_listsHostsAdhocInfoAndTheReadOnlyRules() {
    Map<String, Object> settings = Map.of(
        "ssh_hosts", List.of(
            Map.of("hostname", "web-1", "address", "10.0.0.1"),
            Map.of("hostname", "db-1", "address", "10.0.0.2", "allow_write_commands", true)),
        "allow_adhoc_connections", true,
        "adhoc_default_user", "ops",
        "adhoc_default_port", 2222);

    String section = AssignedToolsSection.render(List.of(instance(1, "ssh", "Web servers", settings, true)));

    assertThat(section).contains("### Web servers (logical_name: \"web-servers\", type: ssh)\n");
    assertThat(section).contains("`web-1` (read-only), `db-1` (write commands allowed)");
    assertThat(section).contains("Ad-hoc targets: allowed").contains("user `ops` on port 2222 (read-only)");
    assertThat(section).contains("Read-only rules").contains("Blocked words: `rm`").contains("`sed -i`");
    assertThat(section).contains("- `ssh.execute_command` (write): ");
    assertThat(section).contains("- `ssh.test_connectivity` (read-only): ");
    assertThat(section).contains(
        "  Example: `call_tool(\"ssh.execute_command\", {\"command\": \"<command>\"}, instance=\"web-servers\")`");
    assertThat(section).contains("  Arguments: `command`* (string), `servers` (array of string)\n");
    assertThat(section).doesNotContain("10.0.0.1");
  }

  @Test
  void anSshBlockWhereEveryTargetMayWrite_leavesTheRulesOut() {
    Map<String, Object> settings = Map.of(
        "ssh_hosts", List.of(Map.of("hostname", "db-1", "address", "10.0.0.2", "allow_write_commands", true)));

    String section = AssignedToolsSection.render(List.of(instance(1, "ssh", "db", settings, true)));

    assertThat(section).contains("Ad-hoc targets: not allowed").doesNotContain("Read-only rules");
  }

  @Test
  void anSshInstanceWithoutHostsOrAdhoc_saysSshIsNotConfigured() {
    String section = AssignedToolsSection.render(List.of(instance(1, "ssh", "empty", Map.of(), true)));

    assertThat(section).contains("SSH is not configured for this instance").doesNotContain("Read-only rules");
  }

  @Test
  void blocksFollowInstanceIds_andDisabledOnesAreLeftOut() {
    String section = AssignedToolsSection.render(List.of(
        instance(5, "victoria_metrics", "vm", Map.of(), true),
        instance(4, "zabbix", "off", Map.of(), false),
        instance(1, "ssh", "a", Map.of(), true)));

    assertThat(section.indexOf("### a (")).isLessThan(section.indexOf("### vm ("));
    assertThat(section).doesNotContain("### off (");
  }
}
