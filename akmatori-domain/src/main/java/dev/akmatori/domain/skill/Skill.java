package dev.akmatori.domain.skill;

import dev.akmatori.domain.shared.ForbiddenException;
import dev.akmatori.domain.tool.ToolInstanceId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A stored skill (contract §3.3): its fields, whether it is the system skill, the ids of its
 * assigned tool instances (ascending, each once) and timestamps. The system skill's rules live
 * here: it cannot be deleted, disabled or moved out of category {@code system}.
 */
public record Skill(
    SkillId id,
    SkillName name,
    SkillFields fields,
    boolean system,
    List<ToolInstanceId> toolInstanceIds,
    Instant createdAt,
    Instant updatedAt) {
  /** The category of the system skill. */
  public static final String SYSTEM_CATEGORY = "system";

  public Skill {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(fields, "fields");
    toolInstanceIds =
        toolInstanceIds.stream().distinct().sorted(Comparator.comparingLong(ToolInstanceId::value)).toList();
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }

  public String description() {
    return fields.description();
  }

  public String category() {
    return fields.category();
  }

  public boolean enabled() {
    return fields.enabled();
  }

  public String prompt() {
    return fields.prompt();
  }

  /** Throws {@link ForbiddenException} when {@code next} disables or re-categorises the system skill. */
  public void checkChange(SkillFields next) {
    if (!system) {
      return;
    }
    if (!next.enabled()) {
      throw new ForbiddenException("System skill '" + name + "' cannot be disabled");
    }
    boolean movedOut =
        !next.category().equals(fields.category()) && !next.category().equals(SYSTEM_CATEGORY);
    if (movedOut) {
      throw new ForbiddenException("System skill '" + name + "' cannot change category");
    }
  }

  /** Throws {@link ForbiddenException} for the system skill. */
  public void checkDelete() {
    if (system) {
      throw new ForbiddenException("Cannot delete system skill: " + name);
    }
  }

  /** The SKILL.md mirror of this skill with the given {@code ## Assigned Tools} body ("" for none). */
  public SkillDocument document(String assignedTools) {
    return documentOf(name, fields, assignedTools);
  }

  /** The SKILL.md mirror of a skill that may not be stored yet. */
  public static SkillDocument documentOf(SkillName name, SkillFields fields, String assignedTools) {
    return new SkillDocument(name.value(), fields.description(), fields.category(),
        SkillPrompts.convert(fields.prompt()), assignedTools);
  }
}
