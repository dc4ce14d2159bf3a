package dev.akmatori.domain.tool;

import static dev.akmatori.domain.tool.SchemaBuilder.array;
import static dev.akmatori.domain.tool.SchemaBuilder.object;
import static dev.akmatori.domain.tool.SchemaBuilder.string;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsMergeTest {
  private static final SettingsSchema ZABBIX = BuiltinToolTypes.byName("zabbix").orElseThrow().settingsSchema();
  private static final SettingsSchema NESTED = object()
      .property("url", string())
      .property("token", string().secret())
      .property("hosts", array(object().property("name", string()).property("password", string().secret())))
      .property("keys", array(object())).managed("keys")
      .build();

  private static final Map<String, Object> STORED = Map.of(
      "zabbix_url", "https://zbx.example.com", "zabbix_token", "tok-secret-1234", "zabbix_timeout", 60L);

  private static Map<String, Object> patch(Object... keyValues) {
    Map<String, Object> patch = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      patch.put((String) keyValues[i], keyValues[i + 1]);
    }
    return patch;
  }

  @Test
  void nullRemoves_omittedStays_otherReplaces() {
    Map<String, Object> merged = ZABBIX.merge(STORED, patch("zabbix_timeout", null, "zabbix_url", "https://new"));
    assertThat(merged).containsExactlyInAnyOrderEntriesOf(
        Map.of("zabbix_url", "https://new", "zabbix_token", "tok-secret-1234"));
  }

  @Test
  void maskedEchoKeepsTheSecret_emptyClearsIt_anyOtherReplacesIt() {
    assertThat(ZABBIX.merge(STORED, patch("zabbix_token", "****1234")))
        .containsEntry("zabbix_token", "tok-secret-1234");
    assertThat(ZABBIX.merge(STORED, patch("zabbix_token", "****"))).containsEntry("zabbix_token", "tok-secret-1234");
    assertThat(ZABBIX.merge(STORED, patch("zabbix_token", ""))).containsEntry("zabbix_token", "");
    assertThat(ZABBIX.merge(STORED, patch("zabbix_token", "fresh"))).containsEntry("zabbix_token", "fresh");
  }

  @Test
  void maskedEchoOfANonSecret_isAnOrdinaryValue() {
    assertThat(ZABBIX.merge(STORED, patch("zabbix_username", "****bob"))).containsEntry("zabbix_username", "****bob");
  }

  @Test
  void onCreate_anEchoWithNothingStored_setsNothing() {
    assertThat(ZABBIX.merge(Map.of(), patch("zabbix_token", "****1234", "zabbix_url", "https://z")))
        .containsExactly(Map.entry("zabbix_url", "https://z"));
  }

  @Test
  void nestedArraysReplaceWhole_butMaskedNestedSecretsKeepTheStoredValueAtTheSameIndex() {
    Map<String, Object> stored = Map.of("hosts", List.of(
        Map.of("name", "a", "password", "alpha-pass"), Map.of("name", "b", "password", "bravo-pass")));
    Map<String, Object> merged = NESTED.merge(stored, patch("hosts", List.of(
        Map.of("name", "a2", "password", "****pass"),
        Map.of("name", "b", "password", "new-pass"),
        Map.of("name", "c", "password", "****pass"))));
    assertThat(merged.get("hosts")).isEqualTo(List.of(
        Map.of("name", "a2", "password", "alpha-pass"),
        Map.of("name", "b", "password", "new-pass"),
        Map.of("name", "c")));
  }

  @Test
  void managedKeysInAPatch_areIgnored_andUnknownKeysAreCopiedForValidationToJudge() {
    Map<String, Object> merged =
        NESTED.merge(Map.of("keys", List.of()), patch("keys", List.of(Map.of("id", "x")), "typo", 1L));
    assertThat(merged).containsEntry("keys", List.of()).containsEntry("typo", 1L);
  }

  @Test
  void mask_hidesEverySecret_nestedToo_andDropsManagedKeys() {
    Map<String, Object> settings = Map.of(
        "url", "https://x", "token", "sk-abc123xyz",
        "hosts", List.of(Map.of("name", "a", "password", "alpha-pass"), Map.of("name", "b", "password", "pw")),
        "keys", List.of(Map.of("private_key", "-----BEGIN OPENSSH PRIVATE KEY-----")),
        "plain_extra", "kept");
    Map<String, Object> masked = NESTED.mask(settings);
    assertThat(masked).containsEntry("url", "https://x").containsEntry("token", "****3xyz")
        .containsEntry("plain_extra", "kept").doesNotContainKey("keys");
    assertThat(masked.get("hosts")).isEqualTo(List.of(
        Map.of("name", "a", "password", "****pass"), Map.of("name", "b", "password", "****")));
    assertThat(masked.toString()).doesNotContain("alpha-pass", "sk-abc123xyz", "PRIVATE KEY");
  }

  @Test
  void mask_ofEveryBuiltinType_letsNoSecretValueSurvive() {
    for (ToolTypeDefinition type : BuiltinToolTypes.ALL) {
      SettingsSchema schema = type.settingsSchema();
      Map<String, Object> settings = new HashMap<>();
      schema.secretPaths().forEach(path -> settings.put(path, "clear-value-" + path + "-end!"));
      Map<String, Object> masked = schema.mask(settings);
      schema.secretPaths().forEach(path -> assertThat(masked.get(path)).isEqualTo("****end!"));
      assertThat(masked.toString()).as(type.name()).doesNotContain("clear-value");
    }
  }

  @Test
  void mask_ofANonStringSecret_stillMasksItsText() {
    assertThat(ZABBIX.mask(Map.of("zabbix_token", 123456789L))).containsEntry("zabbix_token", "****6789");
  }

  @Test
  void withDefaults_fillsAbsentNullAndEmptyValues_nestedToo_andKeepsGivenOnes() {
    SettingsSchema ssh = BuiltinToolTypes.byName("ssh").orElseThrow().settingsSchema();
    Map<String, Object> settings = new HashMap<>();
    settings.put("ssh_hosts", List.of(Map.of("hostname", "a", "address", "10.0.0.1", "user", "ops")));
    settings.put("ssh_known_hosts_policy", "");
    settings.put("ssh_command_timeout", 60L);
    Map<String, Object> effective = ssh.withDefaults(settings);
    assertThat(effective).containsEntry("ssh_known_hosts_policy", "auto_add")
        .containsEntry("ssh_command_timeout", 60L).containsEntry("ssh_connection_timeout", 30L)
        .containsEntry("allow_adhoc_connections", false);
    assertThat((List<?>) effective.get("ssh_hosts")).first().isEqualTo(Map.of(
        "hostname", "a", "address", "10.0.0.1", "user", "ops", "port", 22L, "jumphost_port", 22L,
        "allow_write_commands", false));
  }
}
