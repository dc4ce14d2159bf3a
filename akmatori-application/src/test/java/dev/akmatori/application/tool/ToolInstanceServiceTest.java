package dev.akmatori.application.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.domain.shared.ConflictException;
import dev.akmatori.domain.shared.NotFoundException;
import dev.akmatori.domain.tool.ToolInstance;
import dev.akmatori.domain.tool.ToolInstanceId;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Create, read, update and delete of tool instances over fakes (contract §3.4.2). */
class ToolInstanceServiceTest {
  private static final long ZABBIX = 2;
  private final ToolFixture fixture = new ToolFixture();
  private final ToolInstanceService tools = fixture.tools;

  static Map<String, Object> map(Object... keyValues) {
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put((String) keyValues[i], keyValues[i + 1]);
    }
    return map;
  }

  /** A zabbix instance; its required {@code zabbix_url} is added when missing. */
  private ToolInstance zabbix(String name, Map<String, Object> settings) {
    return tools.create(new CreateToolInstance(ZABBIX, name, null, withUrl(settings), null)).instance();
  }

  private static Map<String, Object> withUrl(Map<String, Object> settings) {
    Map<String, Object> all = new HashMap<>(settings);
    all.putIfAbsent("zabbix_url", "https://z");
    return all;
  }

  private static Map<String, Object> zabbixSettings() {
    return map("zabbix_url", "https://zbx.example.com", "zabbix_token", "tok-secret-9876");
  }

  @Test
  void create_storesSecretsSealed_andReturnsTheInstanceWithClearSettings() {
    ToolInstance created = zabbix("  Prod Zabbix  ", zabbixSettings());

    assertThat(created.name()).isEqualTo("Prod Zabbix");
    assertThat(created.logicalName().value()).isEqualTo("prod-zabbix");
    assertThat(created.enabled()).isTrue();
    assertThat(created.type().name()).isEqualTo("zabbix");
    assertThat(created.settings()).isEqualTo(zabbixSettings());
    assertThat(created.createdAt()).isEqualTo(ToolFixture.START);
    Map<String, Object> stored = fixture.storedSettings(created.id());
    assertThat(stored.get("zabbix_token")).asString().startsWith("test:k1:").doesNotContain("tok-secret");
    assertThat(stored).containsEntry("zabbix_url", "https://zbx.example.com");
  }

  @Test
  void create_derivesOrSlugsTheLogicalName() {
    assertThat(zabbix("Prod Zabbix #1", Map.of()).logicalName().value()).isEqualTo("prod-zabbix-1");
    CreateToolInstance given = new CreateToolInstance(ZABBIX, "other", "  My DB!! ", withUrl(Map.of()), false);
    ToolInstance instance = tools.create(given).instance();
    assertThat(instance.logicalName().value()).isEqualTo("my-db");
    assertThat(instance.enabled()).isFalse();
  }

  @Test
  void create_ignoresSshKeysAndMaskedEchoes_inTheSettings() {
    Map<String, Object> settings = map("ssh_keys", List.of(Map.of("id", "x")), "ssh_debug", true);
    ToolInstance ssh = tools.create(new CreateToolInstance(1L, "box", null, settings, null)).instance();
    ToolInstance zabbix = zabbix("z", map("zabbix_token", "****9876"));

    assertThat(ssh.settings()).containsExactly(Map.entry("ssh_debug", true));
    assertThat(zabbix.settings()).doesNotContainKey("zabbix_token");
  }

  @Test
  void update_mergesSettings_nullRemoves_echoKeeps_omittedStays_emptyClears() {
    ToolInstance created = zabbix("z", map("zabbix_url", "https://z", "zabbix_token", "tok-1234", "zabbix_password", "pw-5678",
        "zabbix_timeout", 60L));

    Map<String, Object> patch = map("zabbix_timeout", null, "zabbix_token", "****1234", "zabbix_password", "");
    ToolInstance updated = tools.update(created.id(), new UpdateToolInstance(null, null, patch, null)).instance();

    assertThat(updated.settings()).isEqualTo(map("zabbix_url", "https://z", "zabbix_token", "tok-1234", "zabbix_password", ""));
    assertThat(fixture.storedSettings(created.id())).containsEntry("zabbix_password", "");
  }

  @Test
  void update_logicalName_omittedStays_emptyReDerivesFromTheNewName_otherwiseSlugged() {
    ToolInstance created = zabbix("First", Map.of());

    ToolInstance renamed = tools.update(created.id(), new UpdateToolInstance("Second Name", null, null, null)).instance();
    assertThat(renamed.logicalName().value()).isEqualTo("first");
    ToolInstance derived = tools.update(created.id(), new UpdateToolInstance(null, "", null, null)).instance();
    assertThat(derived.logicalName().value()).isEqualTo("second-name");
    ToolInstance slugged = tools.update(created.id(), new UpdateToolInstance("Third", "__Custom__Slug", null, false)).instance();
    assertThat(slugged.logicalName().value()).isEqualTo("custom-slug");
    assertThat(slugged.name()).isEqualTo("Third");
    assertThat(slugged.enabled()).isFalse();
  }

  @Test
  void update_bumpsUpdatedAt_andTellsTheSkills_deleteToo() {
    ToolInstance created = zabbix("z", Map.of());
    fixture.clock.advance(Duration.ofMinutes(2));

    ToolInstance updated = tools.update(created.id(), new UpdateToolInstance(null, null, null, false)).instance();
    tools.delete(created.id());

    assertThat(updated.updatedAt()).isEqualTo(ToolFixture.START.plus(Duration.ofMinutes(2)));
    assertThat(updated.createdAt()).isEqualTo(ToolFixture.START);
    assertThat(fixture.changes).containsExactly("updated " + created.id(), "deleted " + created.id());
  }

  @Test
  void unknownIds_areToolNotFound_andTellNobody() {
    ToolInstanceId unknown = new ToolInstanceId(404);

    assertThatThrownBy(() -> tools.get(unknown)).isInstanceOf(NotFoundException.class).hasMessage("Tool not found");
    assertThatThrownBy(() -> tools.update(unknown, new UpdateToolInstance("x", null, null, null)))
        .isInstanceOf(NotFoundException.class).hasMessage("Tool not found");
    assertThatThrownBy(() -> tools.delete(unknown)).isInstanceOf(NotFoundException.class).hasMessage("Tool not found");
    assertThat(fixture.changes).isEmpty();
  }

  @Test
  void takenNames_areConflicts() {
    zabbix("prod", Map.of());

    assertThatThrownBy(() -> zabbix("prod", Map.of()))
        .isInstanceOf(ConflictException.class).hasMessage("Tool instance with name 'prod' already exists");
    assertThatThrownBy(() -> tools.create(new CreateToolInstance(ZABBIX, "Prod 2", "PROD", withUrl(Map.of()), null)))
        .isInstanceOf(ConflictException.class).hasMessage("Tool instance with logical name 'prod' already exists");
  }

  @Test
  void list_isOrderedById_withSshKeysOnlyForSsh_andDeleteTakesTheKeysAlong() {
    ToolInstance z = zabbix("z", Map.of());
    ToolInstance ssh = tools.create(new CreateToolInstance(1L, "box", null, Map.of(), null)).instance();
    fixture.keys.create(ssh.id(), SshKeyServiceTest.draft("deploy"), false);

    List<ToolInstanceDetails> all = tools.list();

    assertThat(all).extracting(d -> d.instance().id()).containsExactly(z.id(), ssh.id());
    assertThat(all.get(0).sshKeys()).isEmpty();
    assertThat(all.get(1).sshKeys()).extracting(k -> k.name()).containsExactly("deploy");
    tools.delete(ssh.id());
    assertThat(fixture.stores.keys().list(ssh.id())).isEmpty();
  }
}
