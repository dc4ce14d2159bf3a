package dev.akmatori.application.skill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.domain.skill.Skill;
import dev.akmatori.domain.skill.SkillFields;
import dev.akmatori.domain.skill.SkillId;
import dev.akmatori.domain.skill.SkillName;
import dev.akmatori.domain.tool.ToolInstanceId;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Every write through the observed repository is announced, failed ones too; reads are not. */
class ObservedSkillRepositoryTest {
  private static final Instant NOW = Instant.parse("2026-11-28T19:00:00Z");

  private final SkillRepository store = SkillStores.inMemory().skills();
  private final AtomicInteger writes = new AtomicInteger();
  private final ObservedSkillRepository skills = new ObservedSkillRepository(store, writes::incrementAndGet);

  @Test
  void writesAreAnnounced_readsAreNot() {
    Skill created = skills.create(new SkillName("web-ops"), fields("Web"), false, NOW);
    assertThat(writes).hasValue(1);

    assertThat(skills.find(new SkillName("web-ops"))).contains(created);
    assertThat(skills.list()).containsExactly(created);
    assertThat(skills.namesHolding(new ToolInstanceId(7))).isEmpty();
    assertThat(writes).hasValue(1);

    assertThat(skills.update(created.id(), fields("Web, again"), NOW)).isPresent();
    assertThat(skills.replaceTools(created.id(), Set.of(), NOW)).isPresent();
    assertThat(skills.delete(created.id())).isTrue();
    assertThat(writes).hasValue(4);
  }

  @Test
  void aWriteThatChangesNothingOrFails_isAnnouncedToo() {
    assertThat(skills.update(new SkillId(404), fields("none"), NOW)).isEmpty();
    assertThat(skills.delete(new SkillId(404))).isFalse();
    assertThat(writes).hasValue(2);

    skills.create(new SkillName("web-ops"), fields("Web"), false, NOW);
    assertThatThrownBy(() -> skills.create(new SkillName("web-ops"), fields("Web"), false, NOW))
        .isInstanceOf(RuntimeException.class);
    assertThat(writes).hasValue(4);
  }

  private static SkillFields fields(String description) {
    return new SkillFields(description, "", true, "Prompt.");
  }
}
