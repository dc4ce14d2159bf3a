package dev.akmatori.application.skill;

import dev.akmatori.domain.skill.Skill;
import dev.akmatori.domain.skill.SkillFields;
import dev.akmatori.domain.skill.SkillId;
import dev.akmatori.domain.skill.SkillName;
import dev.akmatori.domain.tool.ToolInstanceId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A skill repository that calls {@code afterWrite} after every create, update, tool replacement and
 * delete, whether it succeeded or not, so that what this process keeps about skills ({@link
 * RootPromptCache}) never outlives a change made here. Reads pass straight through.
 */
public final class ObservedSkillRepository implements SkillRepository {
  private final SkillRepository skills;
  private final Runnable afterWrite;

  public ObservedSkillRepository(SkillRepository skills, Runnable afterWrite) {
    this.skills = Objects.requireNonNull(skills, "skills");
    this.afterWrite = Objects.requireNonNull(afterWrite, "afterWrite");
  }

  @Override
  public Skill create(SkillName name, SkillFields fields, boolean system, Instant now) {
    try {
      return skills.create(name, fields, system, now);
    } finally {
      afterWrite.run();
    }
  }

  @Override
  public Optional<Skill> find(SkillName name) {
    return skills.find(name);
  }

  @Override
  public List<Skill> list() {
    return skills.list();
  }

  @Override
  public Optional<Skill> update(SkillId id, SkillFields fields, Instant now) {
    try {
      return skills.update(id, fields, now);
    } finally {
      afterWrite.run();
    }
  }

  @Override
  public Optional<Skill> replaceTools(SkillId id, Set<ToolInstanceId> toolInstanceIds, Instant now) {
    try {
      return skills.replaceTools(id, toolInstanceIds, now);
    } finally {
      afterWrite.run();
    }
  }

  @Override
  public boolean delete(SkillId id) {
    try {
      return skills.delete(id);
    } finally {
      afterWrite.run();
    }
  }

  @Override
  public List<SkillName> namesHolding(ToolInstanceId toolInstanceId) {
    return skills.namesHolding(toolInstanceId);
  }
}
