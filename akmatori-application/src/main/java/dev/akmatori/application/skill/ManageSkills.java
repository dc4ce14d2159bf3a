package dev.akmatori.application.skill;

import dev.akmatori.application.tool.ToolInstanceDetails;
import dev.akmatori.domain.shared.ValidationException;
import dev.akmatori.domain.skill.SkillName;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Skill use cases (contract §3.3.1–3.3.3, §3.3.6). Names of unknown skills — including names that
 * break the name rule — throw {@code NotFoundException} ({@link #NOT_FOUND}); rule violations a
 * {@code ValidationException}; changes forbidden for the system skill a {@code ForbiddenException};
 * taken names a {@code ConflictException}. The database and the skill directories agree after every
 * call, failed ones included.
 */
public interface ManageSkills {
  String NOT_FOUND = "Skill not found";

  static String alreadyExists(SkillName name) {
    return "Skill '" + name + "' already exists";
  }

  /** {@code tool_instance_ids}: {@code unknown tool instance id(s): 7, 9} (ascending, each once). */
  static ValidationException unknownToolIds(List<Long> ids) {
    String list = ids.stream().mapToLong(Long::longValue).distinct().sorted()
        .mapToObj(Long::toString).collect(Collectors.joining(", "));
    return ValidationException.of("tool_instance_ids", "unknown tool instance id(s): " + list);
  }

  /** The name of an existing skill; {@code NotFoundException} otherwise. */
  SkillName existing(String name);

  /** Every skill ordered by name, with its assigned tool instances. */
  List<SkillDetails> list();

  SkillDetails get(String name);

  /** Creates the skill, its directory and SKILL.md; nothing is left behind when a step fails. */
  SkillDetails create(CreateSkill command);

  /** The partial update; SKILL.md follows. */
  SkillDetails update(String name, UpdateSkill command);

  /** Deletes the row, its assignments and the whole directory. */
  void delete(String name);

  /** The stored prompt (references already converted). */
  String prompt(String name);

  /** Stores the prompt with {@code [[file]]} converted, re-syncs {@code assets/} and SKILL.md. */
  void setPrompt(String name, String prompt);

  /** The assigned tool instances ordered by id. */
  List<ToolInstanceDetails> tools(String name);

  /** Replaces the assignments as a whole (duplicates collapsed); SKILL.md follows. */
  SkillDetails setTools(String name, List<Long> toolInstanceIds);

  /** Imports skill directories that have no row (§3.3.6). */
  SyncReport sync();
}
