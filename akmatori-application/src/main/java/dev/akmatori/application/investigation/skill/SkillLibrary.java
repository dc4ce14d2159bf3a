package dev.akmatori.application.investigation.skill;

import dev.akmatori.domain.skill.ScriptFileName;
import dev.akmatori.domain.skill.SkillName;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the agent may know about skills (contract §3.3, §5.4): the root instructions, the catalogue
 * of enabled skills, their SKILL.md texts and their scripts. Implemented by the skills feature over
 * its repository and files; read fresh on every call, so a change applies to the next call.
 * Thread-safe. Failures of the store surface as unchecked exceptions (the agent then gets an error
 * result; the briefing fails the run with an internal error).
 */
public interface SkillLibrary {
  /** The {@code incident-manager} prompt and the {@code ## Assigned Tools} section of its SKILL.md. */
  RootInstructions rootInstructions();

  /**
   * The {@code incident-manager} prompt alone, for a new workspace's {@code AGENTS.md} (§5.3). An
   * implementation may keep it for a short while (ADR 0028); by default it is read like {@link
   * #rootInstructions()}.
   */
  default String rootPrompt() {
    return rootInstructions().prompt();
  }

  /** Every enabled skill except the system skill, ordered by name. */
  List<SkillSummary> enabledSkills();

  /** The full SKILL.md of an enabled skill, {@code incident-manager} included; empty otherwise. */
  Optional<String> skillDocument(SkillName name);

  /**
   * The absolute path of {@code scripts/<filename>} of an enabled skill; empty when the skill is
   * unknown or disabled or no such regular file exists.
   */
  Optional<Path> scriptPath(SkillName skill, ScriptFileName filename);
}
