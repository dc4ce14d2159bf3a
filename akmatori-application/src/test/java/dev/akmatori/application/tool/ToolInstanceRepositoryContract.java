package dev.akmatori.application.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.domain.shared.ConflictException;
import dev.akmatori.domain.tool.BuiltinToolTypes;
import dev.akmatori.domain.tool.LogicalName;
import dev.akmatori.domain.tool.ToolInstanceId;
import dev.akmatori.domain.tool.ToolTypeId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ToolInstanceRepository} must do; run against the fake, H2 and PostgreSQL. */
public abstract class ToolInstanceRepositoryContract {
  private static final Instant T0 = Instant.parse("2026-05-06T09:30:12.481Z");
  private static final ToolTypeId SSH = new ToolTypeId(1);
  private static final ToolTypeId ZABBIX = new ToolTypeId(2);

  private ToolStores stores;
  private ToolInstanceRepository repository;

  /** Fresh, empty stores sharing one database. */
  protected abstract ToolStores newStores();

  @BeforeEach
  void setUpStores() {
    stores = newStores();
    stores.types().refreshBuiltins(BuiltinToolTypes.ALL, T0);
    repository = stores.instances();
  }

  private static ToolInstanceFields fields(String name, String logicalName, Map<String, Object> settings) {
    return new ToolInstanceFields(name, LogicalName.from(logicalName), settings, true);
  }

  @Test
  void create_assignsIdAndTimestamps_andEveryFinderReturnsTheSame() {
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("zabbix_url", "https://zbx.example.com");
    settings.put("zabbix_token", "enc:v1:c2VhbGVk");
    settings.put("zabbix_timeout", 60L);
    settings.put("zabbix_verify_ssl", false);

    StoredToolInstance created = repository.create(ZABBIX, fields("Prod Zabbix", "prod-zabbix", settings), T0);

    assertThat(created.id().value()).isPositive();
    assertThat(created.toolTypeId()).isEqualTo(ZABBIX);
    assertThat(created.createdAt()).isEqualTo(T0);
    assertThat(created.updatedAt()).isEqualTo(T0);
    assertThat(created.fields().sealedSettings()).containsExactlyEntriesOf(settings);
    assertThat(repository.find(created.id())).contains(created);
    assertThat(repository.findByLogicalName(LogicalName.from("prod-zabbix"))).contains(created);
    assertThat(repository.list()).containsExactly(created);
  }

  @Test
  void nestedSettingsAndUnicode_roundTripExactly() {
    Map<String, Object> settings = Map.of(
        "ssh_hosts", List.of(Map.of("hostname", "wëb-1 🚀", "address", "10.0.0.1", "port", 2222L)),
        "ssh_command_timeout", 0.5);

    StoredToolInstance created = repository.create(SSH, fields("Ünïcode", "unicode", settings), T0);

    assertThat(repository.find(created.id()).orElseThrow().fields().sealedSettings()).isEqualTo(settings);
  }

  @Test
  void aTakenName_orLogicalName_isAConflictWithTheContractMessage() {
    repository.create(ZABBIX, fields("prod", "prod", Map.of()), T0);

    assertThatThrownBy(() -> repository.create(SSH, fields("prod", "other", Map.of()), T0))
        .isInstanceOf(ConflictException.class)
        .hasMessage("Tool instance with name 'prod' already exists");
    assertThatThrownBy(() -> repository.create(SSH, fields("Prod 2", "prod", Map.of()), T0))
        .isInstanceOf(ConflictException.class)
        .hasMessage("Tool instance with logical name 'prod' already exists");
    assertThat(repository.list()).hasSize(1);
  }

  @Test
  void update_replacesTheFields_keepsTypeAndCreatedAt() {
    StoredToolInstance created = repository.create(ZABBIX, fields("a", "a", Map.of("zabbix_url", "https://a")), T0);
    Instant later = T0.plusSeconds(60);
    ToolInstanceFields changed =
        new ToolInstanceFields("b", LogicalName.from("b"), Map.of("zabbix_url", "https://b"), false);

    StoredToolInstance updated = repository.update(created.id(), changed, later).orElseThrow();

    assertThat(updated.toolTypeId()).isEqualTo(ZABBIX);
    assertThat(updated.fields()).isEqualTo(changed);
    assertThat(updated.createdAt()).isEqualTo(T0);
    assertThat(updated.updatedAt()).isEqualTo(later);
    assertThat(repository.find(created.id())).contains(updated);
    assertThat(repository.findByLogicalName(LogicalName.from("a"))).isEmpty();
  }

  @Test
  void update_toATakenName_isAConflict_andChangesNothing() {
    repository.create(ZABBIX, fields("a", "a", Map.of()), T0);
    StoredToolInstance b = repository.create(ZABBIX, fields("b", "b", Map.of()), T0);

    assertThatThrownBy(() -> repository.update(b.id(), fields("a", "b", Map.of()), T0))
        .isInstanceOf(ConflictException.class)
        .hasMessage("Tool instance with name 'a' already exists");
    assertThatThrownBy(() -> repository.update(b.id(), fields("b", "a", Map.of()), T0))
        .isInstanceOf(ConflictException.class)
        .hasMessage("Tool instance with logical name 'a' already exists");
    assertThat(repository.find(b.id())).contains(b);
  }

  @Test
  void update_keepingItsOwnNames_isNoConflict() {
    StoredToolInstance a = repository.create(ZABBIX, fields("a", "a", Map.of()), T0);

    assertThat(repository.update(a.id(), fields("a", "a", Map.of("zabbix_url", "https://x")), T0)).isPresent();
  }

  @Test
  void unknownIds_areEmptyOrFalse() {
    assertThat(repository.find(new ToolInstanceId(404))).isEmpty();
    assertThat(repository.update(new ToolInstanceId(404), fields("x", "x", Map.of()), T0)).isEmpty();
    assertThat(repository.delete(new ToolInstanceId(404))).isFalse();
    assertThat(repository.findByLogicalName(LogicalName.from("nothing"))).isEmpty();
  }

  @Test
  void list_isOrderedById_andDeleteRemovesOnce_idsNeverReused() {
    StoredToolInstance z = repository.create(ZABBIX, fields("zeta", "zeta", Map.of()), T0);
    StoredToolInstance a = repository.create(SSH, fields("alpha", "alpha", Map.of()), T0);

    assertThat(repository.list()).extracting(StoredToolInstance::id).containsExactly(z.id(), a.id());
    assertThat(repository.delete(a.id())).isTrue();
    assertThat(repository.delete(a.id())).isFalse();
    StoredToolInstance next = repository.create(SSH, fields("alpha", "alpha", Map.of()), T0);
    assertThat(next.id().value()).isGreaterThan(a.id().value());
  }
}
