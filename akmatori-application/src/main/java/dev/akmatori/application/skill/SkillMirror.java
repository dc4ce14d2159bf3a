package dev.akmatori.application.skill;

import dev.akmatori.application.context.ContextFilePaths;
import dev.akmatori.application.tool.ToolInstances;
import dev.akmatori.domain.skill.AssignedToolsSection;
import dev.akmatori.domain.skill.Skill;
import dev.akmatori.domain.skill.SkillFields;
import dev.akmatori.domain.skill.SkillName;
import dev.akmatori.domain.skill.SkillPrompts;
import dev.akmatori.domain.tool.ToolInstance;
import dev.akmatori.domain.tool.ToolInstanceId;
import dev.akmatori.domain.tool.ToolTypeId;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders a skill's SKILL.md from its row and its assigned tool instances, and writes it with the
 * {@code assets/} links of the context files its prompt references (contract §3.3.5). Thread-safe.
 */
public final class SkillMirror {
  static final String TOOLS_HEADING = "## Assigned Tools";
  private static final Logger LOG = LoggerFactory.getLogger(SkillMirror.class);

  private final SkillRepository skills;
  private final SkillFiles files;
  private final ToolInstances instances;
  private final ContextFilePaths context;

  public SkillMirror(SkillRepository skills, SkillFiles files, ToolInstances instances, ContextFilePaths context) {
    this.skills = skills;
    this.files = files;
    this.instances = instances;
    this.context = context;
  }

  /** The body of the skill's {@code ## Assigned Tools} section; "" when it has no enabled instance. */
  public String assignedTools(Skill skill) {
    return assignedTools(skill.toolInstanceIds());
  }

  private String assignedTools(List<ToolInstanceId> ids) {
    List<ToolInstance> assigned = ids.stream()
        .map(instances::resolve)
        .flatMap(Optional::stream)
        .toList();
    return AssignedToolsSection.render(assigned);
  }

  /** The SKILL.md text of the skill as the database describes it now. */
  public String render(Skill skill) {
    return skill.document(assignedTools(skill)).render();
  }

  /** Writes SKILL.md and syncs {@code assets/}; directories missing on disk are rebuilt empty. */
  public void write(Skill skill) {
    write(skill.name(), skill.fields(), skill.toolInstanceIds());
  }

  /** Like {@link #write(Skill)} for a skill that may not be stored yet. */
  void write(SkillName name, SkillFields fields, List<ToolInstanceId> toolInstanceIds) {
    String document = Skill.documentOf(name, fields, assignedTools(toolInstanceIds)).render();
    files.write(name, document, assets(fields.prompt()));
  }

  /** Rewrites every skill's files (startup); failures are logged per skill and the rest go on. */
  public void regenerateAll() {
    files.sweep();
    skills.list().forEach(this::writeLogged);
  }

  /** Rewrites the skills holding the instance; failures are logged (the instance change stands). */
  void regenerateHolding(ToolInstanceId id) {
    for (SkillName name : skills.namesHolding(id)) {
      skills.find(name).ifPresent(this::writeLogged);
    }
  }

  /**
   * Rewrites the skills holding an instance of {@code type}, for a change of the type itself (an
   * HTTP connector created, updated or deleted, §3.8); failures are logged per skill.
   */
  public void regenerateForToolType(ToolTypeId type) {
    Set<ToolInstanceId> ofType = instances.all().stream()
        .filter(i -> i.type().id().equals(type))
        .map(ToolInstance::id)
        .collect(Collectors.toSet());
    skills.list().stream()
        .filter(s -> s.toolInstanceIds().stream().anyMatch(ofType::contains))
        .forEach(this::writeLogged);
  }

  /** Rewrites every skill after an instance is gone (its assignments went with it). */
  void regenerateEvery() {
    skills.list().forEach(this::writeLogged);
  }

  private void writeLogged(Skill skill) {
    try {
      write(skill);
    } catch (RuntimeException e) {
      LOG.error("Could not regenerate SKILL.md of skill '{}': {}", skill.name(), e.toString());
    }
  }

  /** The links {@code assets/} must hold: referenced context files that exist, by name. */
  private Map<String, Path> assets(String prompt) {
    Map<String, Path> links = new LinkedHashMap<>();
    for (String reference : SkillPrompts.references(prompt)) {
      if (context.exists(reference)) {
        links.put(reference, context.pathOf(reference));
      }
    }
    return links;
  }
}
