package dev.akmatori.application.skill;

import dev.akmatori.domain.skill.Skill;
import dev.akmatori.domain.skill.SkillFields;
import dev.akmatori.domain.skill.SkillId;
import dev.akmatori.domain.skill.SkillName;
import dev.akmatori.domain.tool.ToolInstanceId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Stored skills and their tool assignments (contract §3.3). Thread-safe; every method is one atomic
 * operation. Failures of the store itself are unchecked and not retried here.
 */
public interface SkillRepository {
  /**
   * Stores a new skill without tool assignments, created at {@code now}.
   *
   * @throws dev.akmatori.domain.shared.ConflictException {@code Skill '<name>' already exists} when
   *     the name is taken, also by a concurrent insert of another process
   */
  Skill create(SkillName name, SkillFields fields, boolean system, Instant now);

  Optional<Skill> find(SkillName name);

  /** Every skill ordered by name. */
  List<Skill> list();

  /** Replaces the fields and sets {@code updated_at} to {@code now}; empty when no such skill. */
  Optional<Skill> update(SkillId id, SkillFields fields, Instant now);

  /**
   * Replaces the tool assignments as a whole and sets {@code updated_at} to {@code now}; empty when
   * no such skill.
   *
   * @throws dev.akmatori.domain.shared.ValidationException {@code tool_instance_ids} when some id
   *     names no tool instance at the time of writing (see {@link ManageSkills#unknownToolIds})
   */
  Optional<Skill> replaceTools(SkillId id, Set<ToolInstanceId> toolInstanceIds, Instant now);

  /** Removes the skill with its assignments; false when it did not exist. */
  boolean delete(SkillId id);

  /** The names of the skills the instance is assigned to, ordered by name. */
  List<SkillName> namesHolding(ToolInstanceId toolInstanceId);
}
