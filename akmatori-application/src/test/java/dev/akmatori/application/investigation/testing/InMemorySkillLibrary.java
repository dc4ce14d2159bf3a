package dev.akmatori.application.investigation.testing;

import dev.akmatori.application.investigation.skill.RootInstructions;
import dev.akmatori.application.investigation.skill.SkillLibrary;
import dev.akmatori.application.investigation.skill.SkillSummary;
import dev.akmatori.domain.skill.ScriptFileName;
import dev.akmatori.domain.skill.SkillName;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A {@link SkillLibrary} over skills set up by the test. {@code incident-manager} is always there,
 * enabled, with a SKILL.md made of the root prompt and its assigned-tools section. Thread-safe.
 */
public final class InMemorySkillLibrary implements SkillLibrary {
  private static final String ROOT = SkillName.INCIDENT_MANAGER.value();

  private record Skill(String description, boolean enabled, String document, Map<String, Path> scripts) {}

  private final Map<String, Skill> skills = new TreeMap<>();
  private RootInstructions root = new RootInstructions("You are a senior incident manager.", "");

  public synchronized InMemorySkillLibrary root(String prompt, String assignedToolsSection) {
    root = new RootInstructions(prompt, assignedToolsSection);
    return this;
  }

  public synchronized InMemorySkillLibrary skill(String name, String description, boolean enabled, String document) {
    skills.put(name, new Skill(description, enabled, document, new LinkedHashMap<>()));
    return this;
  }

  /** Adds {@code scripts/<filename>} of an existing skill, stored at {@code path}. */
  public synchronized InMemorySkillLibrary script(String skill, String filename, Path path) {
    skills.get(skill).scripts().put(filename, path);
    return this;
  }

  @Override
  public synchronized RootInstructions rootInstructions() {
    return root;
  }

  @Override
  public synchronized List<SkillSummary> enabledSkills() {
    return skills.entrySet().stream()
        .filter(e -> e.getValue().enabled())
        .map(e -> new SkillSummary(e.getKey(), e.getValue().description()))
        .toList();
  }

  @Override
  public synchronized Optional<String> skillDocument(SkillName name) {
    if (name.value().equals(ROOT)) {
      String section = root.assignedToolsSection().isEmpty() ? "" : "\n\n" + root.assignedToolsSection();
      return Optional.of("---\nname: incident-manager\n---\n\n" + root.prompt() + section + "\n");
    }
    Skill skill = skills.get(name.value());
    return skill == null || !skill.enabled() ? Optional.empty() : Optional.of(skill.document());
  }

  @Override
  public synchronized Optional<Path> scriptPath(SkillName skill, ScriptFileName filename) {
    Skill found = skills.get(skill.value());
    return found == null || !found.enabled()
        ? Optional.empty()
        : Optional.ofNullable(found.scripts().get(filename.value()));
  }
}
