package dev.akmatori.application.tool;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.domain.tool.BuiltinToolTypes;
import dev.akmatori.domain.tool.SettingsSchema;
import dev.akmatori.domain.tool.ToolKind;
import dev.akmatori.domain.tool.ToolType;
import dev.akmatori.domain.tool.ToolTypeDefinition;
import dev.akmatori.domain.tool.ToolTypeId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ToolTypeRepository} must do. Subclasses supply a fresh store: the in-memory
 * fake, H2 and PostgreSQL all run these same tests.
 */
public abstract class ToolTypeRepositoryContract {
  private static final Instant T0 = Instant.parse("2026-05-06T09:30:12.481Z");
  private static final Instant T1 = T0.plusSeconds(3600);

  private ToolTypeRepository repository;

  /** A new repository over a freshly migrated, otherwise empty store. */
  protected abstract ToolTypeRepository newRepository();

  @BeforeEach
  void setUpRepository() {
    repository = newRepository();
  }

  private static List<Long> ids(List<ToolType> types) {
    return types.stream().map(t -> t.id().value()).toList();
  }

  @Test
  void seedingAFreshStore_storesTheTenBuiltinsInContractOrder_withIds1To10() {
    repository.refreshBuiltins(BuiltinToolTypes.ALL, T0);

    List<ToolType> types = repository.list();
    assertThat(ids(types)).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
    assertThat(types).extracting(ToolType::name).containsExactly(
        "ssh", "zabbix", "victoria_metrics", "catchpoint", "postgresql", "grafana", "pagerduty", "clickhouse",
        "netbox", "kubernetes");
    assertThat(types).extracting(ToolType::definition).containsExactlyElementsOf(BuiltinToolTypes.ALL);
    assertThat(types).allSatisfy(t -> {
      assertThat(t.kind()).isEqualTo(ToolKind.BUILTIN);
      assertThat(t.connectorId()).isNull();
      assertThat(t.updatedAt()).isEqualTo(T0);
    });
  }

  @Test
  void seedingTwice_isIdempotent_stillTenWithTheSameIdsAndTimestamps() {
    repository.refreshBuiltins(BuiltinToolTypes.ALL, T0);
    List<ToolType> first = repository.list();

    repository.refreshBuiltins(BuiltinToolTypes.ALL, T1);

    assertThat(repository.list()).hasSize(10).isEqualTo(first);
  }

  @Test
  void theStoredSshSchema_keepsSshKeysAsAManagedProperty_andItsSecrets() {
    repository.refreshBuiltins(BuiltinToolTypes.ALL, T0);

    SettingsSchema ssh = repository.findByName("ssh").orElseThrow().settingsSchema();
    SettingsSchema zabbix = repository.findByName("zabbix").orElseThrow().settingsSchema();

    assertThat(ssh.propertyNames()).contains("ssh_keys", "ssh_hosts");
    assertThat(ssh.managedKeys()).containsExactly("ssh_keys");
    assertThat(zabbix.isSecret("zabbix_token")).isTrue();
  }

  @Test
  void aChangedBuiltinDefinition_isRefreshed_onlyItsUpdatedAtMoves() {
    repository.refreshBuiltins(BuiltinToolTypes.ALL, T0);
    List<ToolTypeDefinition> changed = new ArrayList<>(BuiltinToolTypes.ALL);
    ToolTypeDefinition zabbix = changed.get(1);
    changed.set(1, new ToolTypeDefinition(zabbix.name(), zabbix.kind(), "Renamed description",
        zabbix.settingsSchema(), zabbix.operations().subList(0, 2)));

    repository.refreshBuiltins(changed, T1);

    ToolType refreshed = repository.findByName("zabbix").orElseThrow();
    assertThat(refreshed.id().value()).isEqualTo(2);
    assertThat(refreshed.description()).isEqualTo("Renamed description");
    assertThat(refreshed.definition().operations()).hasSize(2);
    assertThat(refreshed.updatedAt()).isEqualTo(T1);
    assertThat(repository.findByName("ssh").orElseThrow().updatedAt()).isEqualTo(T0);
  }

  @Test
  void aNewBuiltin_isAppendedAfterTheOthers() {
    repository.refreshBuiltins(BuiltinToolTypes.ALL, T0);
    List<ToolTypeDefinition> more = new ArrayList<>(BuiltinToolTypes.ALL);
    more.add(new ToolTypeDefinition("future_type", ToolKind.BUILTIN, "later", SettingsSchema.empty(), List.of()));

    repository.refreshBuiltins(more, T1);

    assertThat(repository.list()).hasSize(11);
    assertThat(repository.findByName("future_type").orElseThrow().id().value()).isEqualTo(11);
  }

  @Test
  void find_byIdAndName_unknownIsEmpty() {
    repository.refreshBuiltins(BuiltinToolTypes.ALL, T0);

    assertThat(repository.find(new ToolTypeId(3)).orElseThrow().name()).isEqualTo("victoria_metrics");
    assertThat(repository.findByName("kubernetes").orElseThrow().id().value()).isEqualTo(10);
    assertThat(repository.find(new ToolTypeId(999))).isEmpty();
    assertThat(repository.findByName("SSH")).isEmpty();
  }
}
