package dev.akmatori.domain.tool;

import static dev.akmatori.domain.tool.SchemaBuilder.array;
import static dev.akmatori.domain.tool.SchemaBuilder.object;
import static dev.akmatori.domain.tool.SchemaBuilder.string;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsSecretsTest {
  private static final SettingsSchema SCHEMA = object()
      .property("url", string())
      .property("token", string().secret())
      .property("hosts", array(object().property("name", string()).property("password", string().secret())))
      .property("tokens", array(string().secret()))
      .build();

  @Test
  void transformSecrets_rewritesEverySecretString_topLevelNestedAndInArrays() {
    Map<String, Object> settings = Map.of(
        "url", "https://u",
        "token", "t1",
        "hosts", List.of(Map.of("name", "a", "password", "p1"), Map.of("name", "b")),
        "tokens", List.of("x", "y"),
        "extra", "plain");

    Map<String, Object> sealed = SCHEMA.transformSecrets(settings, v -> "enc(" + v + ")");

    assertThat(sealed).containsEntry("url", "https://u").containsEntry("token", "enc(t1)").containsEntry("extra", "plain");
    assertThat(sealed.get("hosts")).isEqualTo(List.of(Map.of("name", "a", "password", "enc(p1)"), Map.of("name", "b")));
    assertThat(sealed.get("tokens")).isEqualTo(List.of("enc(x)", "enc(y)"));
  }

  @Test
  void emptySecretsAndNulls_stayAsTheyAre_andTheRoundTripRestoresTheInput() {
    Map<String, Object> settings = new java.util.LinkedHashMap<>();
    settings.put("token", "");
    settings.put("url", null);
    settings.put("hosts", List.of(Map.of("password", "p")));

    Map<String, Object> sealed = SCHEMA.transformSecrets(settings, v -> "[" + v + "]");
    Map<String, Object> opened = SCHEMA.transformSecrets(sealed, v -> v.substring(1, v.length() - 1));

    assertThat(sealed).containsEntry("token", "").containsEntry("url", null);
    assertThat(opened).isEqualTo(settings);
  }

  @Test
  void everyBuiltinSecret_isRewritten_forExampleTheZabbixPassword() {
    SettingsSchema zabbix = BuiltinToolTypes.byName("zabbix").orElseThrow().settingsSchema();

    Map<String, Object> sealed = zabbix.transformSecrets(
        Map.of("zabbix_password", "pw", "zabbix_token", "tk", "zabbix_username", "u"), v -> "E");

    assertThat(sealed).containsEntry("zabbix_password", "E").containsEntry("zabbix_token", "E").containsEntry("zabbix_username", "u");
  }
}
