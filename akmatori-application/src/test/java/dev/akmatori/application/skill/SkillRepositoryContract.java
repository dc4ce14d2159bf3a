package dev.akmatori.application.skill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.application.tool.StoredToolInstance;
import dev.akmatori.application.tool.ToolInstanceFields;
import dev.akmatori.domain.shared.ConflictException;
import dev.akmatori.domain.shared.ValidationException;
import dev.akmatori.domain.skill.Skill;
import dev.akmatori.domain.skill.SkillFields;
import dev.akmatori.domain.skill.SkillId;
import dev.akmatori.domain.skill.SkillName;
import dev.akmatori.domain.tool.BuiltinToolTypes;
import dev.akmatori.domain.tool.LogicalName;
import dev.akmatori.domain.tool.ToolInstanceId;
import dev.akmatori.domain.tool.ToolTypeId;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link SkillRepository} must do; run against the fake, H2 and PostgreSQL. */
public abstract class SkillRepositoryContract {
  private static final Instant T0 = Instant.parse("2026-05-06T09:30:12.481Z");
  private static final Instant T1 = T0.plusSeconds(90);

  private SkillStores stores;
  private SkillRepository repository;

  /** Fresh, empty stores sharing one database. */
  protected abstract SkillStores newStores();

  @BeforeEach
  void setUpStores() {
    stores = newStores();
    stores.tools().types().refreshBuiltins(BuiltinToolTypes.ALL, T0);
    repository = stores.skills();
  }

  private ToolInstanceId instance(String name) {
    StoredToolInstance stored = stores.tools().instances().create(
        new ToolTypeId(2), new ToolInstanceFields(name, LogicalName.from(name), Map.of(), true), T0);
    return stored.id();
  }

  private static SkillFields fields(String description) {
    return new SkillFields(description, "ops", true, "Prompt of " + description);
  }

  private Skill create(String name) {
    return repository.create(new SkillName(name), fields(name), false, T0);
  }

  @Test
  void create_assignsIdAndTimestamps_andFindReturnsTheSame() {
    Skill created = repository.create(new SkillName("db-admin"), new SkillFields("d", "db", false, "p"), false, T0);

    assertThat(created.id().value()).isPositive();
    assertThat(created.name()).isEqualTo(new SkillName("db-admin"));
    assertThat(created.fields()).isEqualTo(new SkillFields("d", "db", false, "p"));
    assertThat(created.system()).isFalse();
    assertThat(created.toolInstanceIds()).isEmpty();
    assertThat(created.createdAt()).isEqualTo(T0);
    assertThat(created.updatedAt()).isEqualTo(T0);
    assertThat(repository.find(new SkillName("db-admin"))).contains(created);
  }

  @Test
  void theSystemFlag_andLongUnicodeText_roundTripExactly() {
    String prompt = "Überlast — 日本語 🚀\n".repeat(10_000);
    SkillFields f = new SkillFields("🚀".repeat(1024), "c".repeat(64), true, prompt);

    repository.create(SkillName.INCIDENT_MANAGER, f, true, T0);

    Skill found = repository.find(SkillName.INCIDENT_MANAGER).orElseThrow();
    assertThat(found.system()).isTrue();
    assertThat(found.fields()).isEqualTo(f);
  }

  @Test
  void aTakenName_isAConflictWithTheContractMessage() {
    create("zabbix-analyst");

    assertThatThrownBy(() -> create("zabbix-analyst"))
        .isInstanceOf(ConflictException.class)
        .hasMessage("Skill 'zabbix-analyst' already exists");
    assertThat(repository.list()).hasSize(1);
  }

  @Test
  void find_unknownName_isEmpty() {
    assertThat(repository.find(new SkillName("nothing"))).isEmpty();
  }

  @Test
  void list_isOrderedByName() {
    create("zeta");
    create("alpha");
    create("alpha-2");
    create("beta");

    assertThat(repository.list()).extracting(s -> s.name().value())
        .containsExactly("alpha", "alpha-2", "beta", "zeta");
  }

  @Test
  void update_replacesTheFields_keepsNameSystemAssignmentsAndCreatedAt() {
    Skill created = create("db-admin");
    ToolInstanceId tool = instance("z1");
    repository.replaceTools(created.id(), Set.of(tool), T0);
    SkillFields changed = new SkillFields("new", "", false, "");

    Skill updated = repository.update(created.id(), changed, T1).orElseThrow();

    assertThat(updated.fields()).isEqualTo(changed);
    assertThat(updated.name()).isEqualTo(created.name());
    assertThat(updated.toolInstanceIds()).containsExactly(tool);
    assertThat(updated.createdAt()).isEqualTo(T0);
    assertThat(updated.updatedAt()).isEqualTo(T1);
    assertThat(repository.find(created.name())).contains(updated);
  }

  @Test
  void replaceTools_replacesTheWholeSet_orderedById() {
    Skill skill = create("db-admin");
    ToolInstanceId a = instance("a");
    ToolInstanceId b = instance("b");
    ToolInstanceId c = instance("c");
    repository.replaceTools(skill.id(), Set.of(a, b), T0);

    Skill replaced = repository.replaceTools(skill.id(), new LinkedHashSet<>(List.of(c, a)), T1).orElseThrow();

    assertThat(replaced.toolInstanceIds()).containsExactly(a, c);
    assertThat(replaced.updatedAt()).isEqualTo(T1);
    assertThat(repository.find(skill.name()).orElseThrow().toolInstanceIds()).containsExactly(a, c);
    assertThat(repository.replaceTools(skill.id(), Set.of(), T1).orElseThrow().toolInstanceIds()).isEmpty();
  }

  @Test
  void replaceTools_withUnknownIds_isAValidationError_andChangesNothing() {
    Skill skill = create("db-admin");
    ToolInstanceId a = instance("a");
    repository.replaceTools(skill.id(), Set.of(a), T0);

    assertThatThrownBy(() -> repository.replaceTools(
            skill.id(), new LinkedHashSet<>(List.of(new ToolInstanceId(9), a, new ToolInstanceId(7))), T1))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.details())
            .containsExactly(Map.entry("tool_instance_ids", "unknown tool instance id(s): 7, 9")));
    assertThat(repository.find(skill.name()).orElseThrow().toolInstanceIds()).containsExactly(a);
  }

  @Test
  void deletingAToolInstance_removesItsAssignments() {
    Skill one = create("one");
    Skill two = create("two");
    ToolInstanceId a = instance("a");
    ToolInstanceId b = instance("b");
    repository.replaceTools(one.id(), Set.of(a, b), T0);
    repository.replaceTools(two.id(), Set.of(a), T0);

    assertThat(repository.namesHolding(a)).containsExactly(one.name(), two.name());
    stores.tools().instances().delete(a);

    assertThat(repository.find(one.name()).orElseThrow().toolInstanceIds()).containsExactly(b);
    assertThat(repository.find(two.name()).orElseThrow().toolInstanceIds()).isEmpty();
    assertThat(repository.namesHolding(a)).isEmpty();
    assertThat(repository.namesHolding(b)).containsExactly(one.name());
  }

  @Test
  void delete_removesTheSkillAndItsAssignmentsOnce() {
    Skill skill = create("gone");
    ToolInstanceId a = instance("a");
    repository.replaceTools(skill.id(), Set.of(a), T0);

    assertThat(repository.delete(skill.id())).isTrue();
    assertThat(repository.delete(skill.id())).isFalse();
    assertThat(repository.find(skill.name())).isEmpty();
    assertThat(repository.namesHolding(a)).isEmpty();
    assertThat(stores.tools().instances().find(a)).isPresent();
  }

  @Test
  void unknownIds_areEmptyOrFalse() {
    SkillId missing = new SkillId(404);

    assertThat(repository.update(missing, fields("x"), T0)).isEmpty();
    assertThat(repository.replaceTools(missing, Set.of(), T0)).isEmpty();
    assertThat(repository.delete(missing)).isFalse();
  }

  @Test
  void aDeletedName_canBeCreatedAgain_withANewId() {
    Skill first = create("again");
    repository.delete(first.id());

    Skill second = create("again");

    assertThat(second.id().value()).isGreaterThan(first.id().value());
  }
}
