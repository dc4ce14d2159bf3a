package dev.akmatori.application.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.domain.shared.ConflictException;
import dev.akmatori.domain.tool.BuiltinToolTypes;
import dev.akmatori.domain.tool.LogicalName;
import dev.akmatori.domain.tool.SshKey;
import dev.akmatori.domain.tool.SshKeyId;
import dev.akmatori.domain.tool.ToolInstanceId;
import dev.akmatori.domain.tool.ToolTypeId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link SshKeyRepository} must do; run against the fake, H2 and PostgreSQL. */
public abstract class SshKeyRepositoryContract {
  private static final Instant T0 = Instant.parse("2026-05-06T09:30:12.481Z");

  private ToolStores stores;
  private SshKeyRepository keys;
  private ToolInstanceId tool;

  /** Fresh, empty stores sharing one database. */
  protected abstract ToolStores newStores();

  @BeforeEach
  void setUpStores() {
    stores = newStores();
    stores.types().refreshBuiltins(BuiltinToolTypes.ALL, T0);
    keys = stores.keys();
    tool = newTool("ssh-a");
  }

  private ToolInstanceId newTool(String name) {
    ToolInstanceFields fields = new ToolInstanceFields(name, LogicalName.from(name), Map.of(), true);
    return stores.instances().create(new ToolTypeId(1), fields, T0).id();
  }

  private static SshKeyId newId() {
    return SshKeyId.of(UUID.randomUUID());
  }

  /** Adds keys one second apart, all at the same instant when the clock is fixed. */
  private SshKey add(String name, boolean makeDefault) {
    return keys.add(tool, newId(), name, "enc:v1:" + name, makeDefault, T0);
  }

  private List<String> defaults() {
    return keys.list(tool).stream().filter(SshKey::isDefault).map(SshKey::name).toList();
  }

  @Test
  void theFirstKey_isTheDefault_evenWhenNotAskedFor_andIsFoundAsStored() {
    SshKeyId id = newId();

    SshKey first = keys.add(tool, id, "deploy", "enc:v1:sealed", false, T0);

    assertThat(first).isEqualTo(new SshKey(id, "deploy", true, T0));
    assertThat(keys.find(tool, id)).contains(first);
    assertThat(keys.listSealed(tool)).containsExactly(new SealedSshKey(first, "enc:v1:sealed"));
  }

  @Test
  void keys_areListedInCreationOrder_evenWithEqualTimestamps() {
    for (String name : List.of("m", "z", "a", "k")) {
      add(name, false);
    }

    assertThat(keys.list(tool)).extracting(SshKey::name).containsExactly("m", "z", "a", "k");
    assertThat(defaults()).containsExactly("m");
  }

  @Test
  void makeDefault_onAddOrUpdate_leavesExactlyOneDefault() {
    add("one", false);
    SshKey two = add("two", true);
    assertThat(defaults()).containsExactly("two");

    SshKey one = keys.list(tool).get(0);
    keys.update(tool, one.id(), Optional.empty(), true);
    assertThat(defaults()).containsExactly("one");
    assertThat(keys.find(tool, two.id()).orElseThrow().isDefault()).isFalse();
  }

  @Test
  void update_withoutMakeDefault_neverRemovesTheFlag_andRenames() {
    SshKey one = add("one", false);

    SshKey renamed = keys.update(tool, one.id(), Optional.of("renamed"), false).orElseThrow();

    assertThat(renamed).isEqualTo(new SshKey(one.id(), "renamed", true, T0));
    assertThat(keys.list(tool)).containsExactly(renamed);
  }

  @Test
  void duplicateNames_withinAnInstance_areConflicts_acrossInstancesFine() {
    SshKey one = add("one", false);
    SshKey two = add("two", false);

    assertThatThrownBy(() -> add("one", false))
        .isInstanceOf(ConflictException.class)
        .hasMessage("SSH key with name 'one' already exists");
    assertThatThrownBy(() -> keys.update(tool, two.id(), Optional.of("one"), true))
        .isInstanceOf(ConflictException.class)
        .hasMessage("SSH key with name 'one' already exists");
    assertThat(keys.find(tool, two.id()).orElseThrow().isDefault()).isFalse();
    assertThat(keys.find(tool, one.id()).orElseThrow().isDefault()).isTrue();
    ToolInstanceId other = newTool("ssh-b");
    assertThat(keys.add(other, newId(), "one", "enc:v1:x", false, T0).isDefault()).isTrue();
  }

  @Test
  void deletingTheDefault_makesTheOldestRemainingKeyTheDefault() {
    SshKey a = add("a", false);
    add("b", false);
    add("c", false);
    SshKey d = add("d", true);

    assertThat(keys.delete(tool, d.id())).isTrue();
    assertThat(defaults()).containsExactly("a");
    assertThat(keys.delete(tool, a.id())).isTrue();
    assertThat(defaults()).containsExactly("b");
    assertThat(keys.delete(tool, a.id())).isFalse();
  }

  @Test
  void deletingAnotherKey_keepsTheDefault() {
    add("a", false);
    SshKey b = add("b", false);

    keys.delete(tool, b.id());

    assertThat(defaults()).containsExactly("a");
  }

  @Test
  void keysAreScopedToTheirInstance() {
    SshKey mine = add("mine", false);
    ToolInstanceId other = newTool("ssh-b");

    assertThat(keys.find(other, mine.id())).isEmpty();
    assertThat(keys.update(other, mine.id(), Optional.of("x"), true)).isEmpty();
    assertThat(keys.delete(other, mine.id())).isFalse();
    assertThat(keys.list(other)).isEmpty();
    assertThat(keys.list(tool)).containsExactly(mine);
  }

  @Test
  void deletingTheInstance_deletesItsKeys() {
    SshKey key = add("a", false);

    assertThat(stores.instances().delete(tool)).isTrue();

    assertThat(keys.list(tool)).isEmpty();
    assertThat(keys.find(tool, key.id())).isEmpty();
  }
}
