package dev.akmatori.domain.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BuiltinToolTypesTest {
  private static ToolTypeDefinition type(String name) {
    return BuiltinToolTypes.byName(name).orElseThrow();
  }

  private static Map<String, Object> setting(String type, String key) {
    return type(type).settingsSchema().property(key).orElseThrow(() -> new AssertionError(type + "." + key));
  }

  private static Set<String> writeOps(ToolTypeDefinition type) {
    return type.operations().stream().filter(op -> !op.readOnly()).map(ToolOperation::name).collect(Collectors.toSet());
  }

  @Test
  void tenTypes_inSeedingOrder_allBuiltin_withUniqueOperationNames() {
    assertThat(BuiltinToolTypes.names()).containsExactly("ssh", "zabbix", "victoria_metrics", "catchpoint",
        "postgresql", "grafana", "pagerduty", "clickhouse", "netbox", "kubernetes");
    for (ToolTypeDefinition type : BuiltinToolTypes.ALL) {
      List<String> ops = type.operations().stream().map(ToolOperation::name).toList();
      assertThat(new HashSet<>(ops)).as(type.name()).hasSameSizeAs(ops);
      assertThat(type.kind()).isEqualTo(ToolKind.BUILTIN);
      assertThat(type.description()).isNotBlank();
    }
  }

  @ParameterizedTest
  @CsvSource({"ssh,3", "zabbix,7", "victoria_metrics,5", "catchpoint,12", "postgresql,10", "grafana,13",
      "pagerduty,13", "clickhouse,10", "netbox,19", "kubernetes,17"})
  void everyOperationOfTheCatalogueIsThere(String name, int count) {
    assertThat(type(name).operations()).hasSize(count);
  }

  @Test
  void readWriteFlags_followTheCatalogue() {
    assertThat(writeOps(type("ssh"))).containsExactly("execute_command");
    assertThat(writeOps(type("zabbix"))).containsExactly("api_request");
    assertThat(writeOps(type("victoria_metrics"))).containsExactly("api_request");
    assertThat(writeOps(type("catchpoint"))).containsExactlyInAnyOrder("acknowledge_alerts", "run_instant_test");
    assertThat(writeOps(type("grafana"))).containsExactlyInAnyOrder("silence_alert", "create_annotation");
    assertThat(writeOps(type("pagerduty"))).containsExactlyInAnyOrder("acknowledge_incident", "resolve_incident",
        "reassign_incident", "add_incident_note", "send_event");
    for (String allRead : List.of("postgresql", "clickhouse", "netbox", "kubernetes")) {
      assertThat(writeOps(type(allRead))).as(allRead).isEmpty();
    }
  }

  @Test
  void writeSwitch_existsExactlyOnTypesWithWriteOperations_otherThanSsh() {
    for (ToolTypeDefinition type : BuiltinToolTypes.ALL) {
      boolean expected = !type.name().equals("ssh") && !writeOps(type).isEmpty();
      assertThat(type.settingsSchema().property("allow_write_operations").isPresent())
          .as(type.name()).isEqualTo(expected);
    }
    assertThat(setting("grafana", "allow_write_operations"))
        .containsEntry("type", "boolean").containsEntry("default", false);
    assertThat(type("netbox").settingsSchema().propertyNames()).doesNotContain("allow_write_operations");
  }

  @ParameterizedTest
  @CsvSource({"zabbix,zabbix_", "victoria_metrics,vm_", "catchpoint,catchpoint_", "grafana,grafana_",
      "pagerduty,pagerduty_", "netbox,netbox_", "kubernetes,k8s_"})
  void httpTypes_haveTheCommonSettings(String name, String prefix) {
    assertThat(setting(name, prefix + "verify_ssl")).containsEntry("type", "boolean").containsEntry("default", true);
    assertThat(setting(name, prefix + "timeout")).containsEntry("type", "integer").containsEntry("default", 30L)
        .containsEntry("minimum", 5L).containsEntry("maximum", 300L);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "ssh||",
      "zabbix|zabbix_url|zabbix_token,zabbix_password",
      "victoria_metrics|vm_url|vm_bearer_token,vm_password",
      "catchpoint|catchpoint_api_token|catchpoint_api_token",
      "postgresql|pg_host,pg_database,pg_username,pg_password|pg_password",
      "grafana|grafana_url,grafana_api_token|grafana_api_token",
      "pagerduty|pagerduty_api_token|pagerduty_api_token",
      "clickhouse|ch_host,ch_database,ch_username,ch_password|ch_password",
      "netbox|netbox_url,netbox_api_token|netbox_api_token",
      "kubernetes|k8s_url,k8s_token|k8s_token"})
  void requiredAndSecretSettings_perType(String name, String required, String secrets) {
    SettingsSchema schema = type(name).settingsSchema();
    assertThat(schema.requiredNames()).containsExactlyElementsOf(split(required));
    assertThat(schema.secretPaths()).containsExactlyInAnyOrderElementsOf(split(secrets));
  }

  private static List<String> split(String csv) {
    return csv == null ? List.of() : List.of(csv.split(","));
  }

  @Test
  void spotChecks_ofSettingDetails() {
    assertThat(setting("zabbix", "zabbix_url")).containsEntry("format", "uri");
    assertThat(setting("zabbix", "auth_method")).containsEntry("enum", List.of("token", "credentials"))
        .containsEntry("default", "token");
    assertThat(setting("victoria_metrics", "vm_auth_method")).containsEntry("default", "bearer_token");
    assertThat(setting("kubernetes", "k8s_ca_cert")).containsEntry("format", "textarea");
    assertThat(setting("postgresql", "pg_ssl_mode")).containsEntry("default", "require")
        .containsEntry("enum", List.of("disable", "require", "verify-ca", "verify-full"));
    assertThat(setting("postgresql", "pg_port")).containsEntry("default", 5432L);
    assertThat(setting("clickhouse", "ch_port")).containsEntry("default", 8123L);
    assertThat(setting("catchpoint", "catchpoint_url")).containsEntry("default", "https://io.catchpoint.com/api");
    assertThat(setting("pagerduty", "pagerduty_url")).containsEntry("default", "https://api.pagerduty.com");
    assertThat(setting("ssh", "ssh_command_timeout")).containsEntry("minimum", 5L).containsEntry("maximum", 600L)
        .containsEntry("default", 120L);
    assertThat(setting("ssh", "ssh_connection_timeout")).containsEntry("maximum", 60L).containsEntry("default", 30L);
    assertThat(setting("ssh", "ssh_known_hosts_policy")).containsEntry("default", "auto_add");
  }

  @Test
  void sshHosts_isAnArrayOfHostObjects_andSshKeysIsManaged() {
    Map<?, ?> items = (Map<?, ?>) setting("ssh", "ssh_hosts").get("items");
    assertThat(List.<Object>copyOf(((Map<?, ?>) items.get("properties")).keySet()))
        .containsExactly("hostname", "address", "user",
        "port", "key_id", "jumphost_address", "jumphost_user", "jumphost_port", "allow_write_commands");
    assertThat(items.get("required")).isEqualTo(List.of("hostname", "address"));
    assertThat(type("ssh").settingsSchema().managedKeys()).containsExactly("ssh_keys");
    assertThat(type("ssh").settingsSchema().propertyNames()).startsWith("ssh_keys", "ssh_hosts");
  }

  @Test
  void requiredArguments_followTheCatalogue() {
    assertThat(args("ssh", "execute_command").requiredNames()).containsExactly("command");
    assertThat(args("victoria_metrics", "range_query").requiredNames())
        .containsExactly("query", "start", "end", "step");
    assertThat(args("grafana", "silence_alert").requiredNames())
        .containsExactly("matchers", "starts_at", "ends_at", "created_by", "comment");
    assertThat(args("pagerduty", "reassign_incident").requiredNames())
        .containsExactlyInAnyOrder("incident_id", "requester_email", "assignee_ids");
    assertThat(args("kubernetes", "get_pod_logs").requiredNames()).containsExactly("namespace", "name");
    assertThat(args("postgresql", "get_table_stats").requiredNames()).isEmpty();
    assertThat(args("netbox", "get_sites").propertyNames()).containsExactly("q", "limit", "offset");
    assertThat(args("postgresql", "execute_query").property("limit").orElseThrow())
        .containsEntry("minimum", 1L).containsEntry("maximum", 1000L).containsEntry("default", 100L);
  }

  private static SettingsSchema args(String type, String op) {
    return type(type).operation(op).orElseThrow().inputSchema();
  }

  @ParameterizedTest
  @ValueSource(strings = {"SSH", "Zabbix", "kubernetes"})
  void builtinNames_areReserved_ignoringCase(String name) {
    assertThat(BuiltinToolTypes.isReservedName(name)).isTrue();
    assertThat(BuiltinToolTypes.isReservedName("jira")).isFalse();
    assertThat(BuiltinToolTypes.byName("SSH")).isEmpty();
  }
}
