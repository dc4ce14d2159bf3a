package dev.akmatori.examples.embedding;

import dev.akmatori.application.investigation.skill.RootInstructions;
import dev.akmatori.application.investigation.skill.SkillLibrary;
import dev.akmatori.application.investigation.skill.SkillSummary;
import dev.akmatori.domain.skill.ScriptFileName;
import dev.akmatori.domain.skill.SkillName;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** No skills: only a short root prompt for the agent. */
final class NoSkills implements SkillLibrary {
  @Override
  public RootInstructions rootInstructions() {
    return new RootInstructions("You investigate incidents on web hosts. Use the runbooks and the tools.", "");
  }

  @Override
  public List<SkillSummary> enabledSkills() {
    return List.of();
  }

  @Override
  public Optional<String> skillDocument(SkillName name) {
    return Optional.empty();
  }

  @Override
  public Optional<Path> scriptPath(SkillName skill, ScriptFileName filename) {
    return Optional.empty();
  }
}
