package dev.akmatori.domain.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ToolInstanceTest {
  private static final Instant T0 = Instant.parse("2026-05-06T09:30:12Z");

  static ToolType type(String name) {
    return new ToolType(new ToolTypeId(1), BuiltinToolTypes.byName(name).orElseThrow(), null, T0, T0);
  }

  private static ToolInstance zabbix(Map<String, Object> settings) {
    return new ToolInstance(new ToolInstanceId(7), type("zabbix"), "prod", LogicalName.from("prod"), settings, true, T0, T0);
  }

  @Test
  void maskedSettings_andToString_neverShowTheSecret() {
    ToolInstance instance = zabbix(Map.of("zabbix_url", "https://z", "zabbix_token", "tok-very-secret-9876"));

    assertThat(instance.maskedSettings()).containsEntry("zabbix_token", "****9876").containsEntry("zabbix_url", "https://z");
    assertThat(instance.toString()).contains("****9876").doesNotContain("tok-very-secret");
    assertThat(instance.settings()).containsEntry("zabbix_token", "tok-very-secret-9876");
  }

  @Test
  void settingsAreCopiedDeeply_andKeepNullsAndOrder() {
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("b", List.of(1, 2));
    settings.put("a", null);

    ToolInstance instance = zabbix(settings);
    settings.put("c", "later");

    assertThat(instance.settings().keySet()).containsExactly("b", "a");
    assertThat(instance.settings().get("b")).isEqualTo(List.of(1L, 2L));
    assertThatThrownBy(() -> instance.settings().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void onlyTheBuiltinSshType_isSsh() {
    assertThat(type("ssh").isSsh()).isTrue();
    assertThat(type("zabbix").isSsh()).isFalse();
    ToolTypeDefinition connector =
        new ToolTypeDefinition("ssh-like", ToolKind.HTTP_CONNECTOR, "", SettingsSchema.empty(), List.of());
    assertThat(new ToolType(new ToolTypeId(11), connector, 3L, T0, T0).isSsh()).isFalse();
  }

  @Test
  void idsArePositive() {
    assertThatThrownBy(() -> new ToolInstanceId(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ToolTypeId(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ToolType(new ToolTypeId(1), type("ssh").definition(), 0L, T0, T0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
