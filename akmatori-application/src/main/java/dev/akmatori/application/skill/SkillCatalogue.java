package dev.akmatori.application.skill;

import dev.akmatori.application.investigation.skill.RootInstructions;
import dev.akmatori.application.investigation.skill.SkillLibrary;
import dev.akmatori.application.investigation.skill.SkillSummary;
import dev.akmatori.domain.shared.BadRequestException;
import dev.akmatori.domain.skill.ScriptFileName;
import dev.akmatori.domain.skill.Skill;
import dev.akmatori.domain.skill.SkillName;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The skills as the agent sees them (contract §5.4), read fresh from the database on every call,
 * except {@link #rootPrompt()}, which the given {@link RootPromptCache} may keep for a second (ADR
 * 0028). SKILL.md texts are rendered from the rows, not read from disk: they are what the files
 * mirror, even while a file is being rewritten or was removed by hand.
 */
public final class SkillCatalogue implements SkillLibrary {
  private final SkillRepository skills;
  private final SkillMirror mirror;
  private final SkillScripts scripts;
  private final RootPromptCache rootPrompt;

  /** {@code rootPrompt} must be evicted on every write of {@code skills} ({@link ObservedSkillRepository}). */
  public SkillCatalogue(SkillRepository skills, SkillMirror mirror, SkillScripts scripts, RootPromptCache rootPrompt) {
    this.skills = skills;
    this.mirror = mirror;
    this.scripts = scripts;
    this.rootPrompt = rootPrompt;
  }

  /** @throws IllegalStateException when the system skill is missing (it is seeded at startup) */
  @Override
  public RootInstructions rootInstructions() {
    Skill root = root();
    String tools = mirror.assignedTools(root);
    return new RootInstructions(
        root.prompt(), tools.isEmpty() ? "" : SkillMirror.TOOLS_HEADING + "\n" + tools);
  }

  /** @throws IllegalStateException when the system skill is missing (it is seeded at startup) */
  @Override
  public String rootPrompt() {
    return rootPrompt.get(() -> root().prompt());
  }

  private Skill root() {
    return skills.find(SkillName.INCIDENT_MANAGER)
        .orElseThrow(() -> new IllegalStateException("the system skill incident-manager is missing"));
  }

  @Override
  public List<SkillSummary> enabledSkills() {
    return skills.list().stream()
        .filter(s -> s.enabled() && !s.system())
        .map(s -> new SkillSummary(s.name().value(), s.description()))
        .toList();
  }

  @Override
  public Optional<String> skillDocument(SkillName name) {
    return enabled(name).map(mirror::render);
  }

  @Override
  public Optional<Path> scriptPath(SkillName skill, ScriptFileName filename) {
    if (enabled(skill).isEmpty()) {
      return Optional.empty();
    }
    try {
      return scripts.path(skill, filename);
    } catch (BadRequestException leavesScriptsDirectory) {
      return Optional.empty();
    }
  }

  private Optional<Skill> enabled(SkillName name) {
    return skills.find(name).filter(Skill::enabled);
  }
}
