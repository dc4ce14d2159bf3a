package dev.akmatori.application.skill;

import dev.akmatori.application.tool.ManageToolInstances;
import dev.akmatori.application.tool.ToolInstanceDetails;
import dev.akmatori.domain.shared.ConflictException;
import dev.akmatori.domain.shared.NotFoundException;
import dev.akmatori.domain.skill.Skill;
import dev.akmatori.domain.skill.SkillFields;
import dev.akmatori.domain.skill.SkillName;
import dev.akmatori.domain.tool.ToolInstanceId;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Skill CRUD, prompts and tool assignments over the repository and the skill directories. The two
 * never disagree after a call: a create writes the directory first and removes it when the insert
 * fails; a change writes the row first and puts the old row back when the files cannot follow
 * ({@link SkillChanges}); a delete moves the directory aside, deletes the row, and only then
 * deletes the directory (or moves it back when the row stays).
 */
public final class SkillService implements ManageSkills {
  private final SkillRepository skills;
  private final SkillFiles files;
  private final SkillMirror mirror;
  private final ManageToolInstances tools;
  private final SkillChanges changes;
  private final SkillSync sync;
  private final Clock clock;

  public SkillService(
      SkillRepository skills, SkillFiles files, SkillMirror mirror, ManageToolInstances tools, Clock clock) {
    this.skills = skills;
    this.files = files;
    this.mirror = mirror;
    this.tools = tools;
    this.changes = new SkillChanges(skills, mirror, clock);
    this.sync = new SkillSync(skills, files, mirror, clock);
    this.clock = clock;
  }

  @Override
  public SkillName existing(String name) {
    return require(name).name();
  }

  @Override
  public List<SkillDetails> list() {
    Map<ToolInstanceId, ToolInstanceDetails> all = allTools();
    return skills.list().stream().map(s -> details(s, all)).toList();
  }

  @Override
  public SkillDetails get(String name) {
    return details(require(name));
  }

  @Override
  public SkillDetails create(CreateSkill command) {
    SkillName name = command.skillName();
    if (skills.find(name).isPresent() || files.exists(name)) {
      throw new ConflictException(ManageSkills.alreadyExists(name));
    }
    SkillFields fields = command.fields();
    files.create(name);
    try {
      mirror.write(name, fields, List.of());
      return details(skills.create(name, fields, false, clock.instant()));
    } catch (RuntimeException e) {
      SkillChanges.suppressing(e, () -> files.detach(name).discard());
      throw e;
    }
  }

  @Override
  public SkillDetails update(String name, UpdateSkill command) {
    Skill old = require(name);
    SkillFields next = command.applyTo(old.fields());
    old.checkChange(next);
    return details(changes.fields(old, next));
  }

  @Override
  public void delete(String name) {
    Skill old = require(name);
    old.checkDelete();
    SkillFiles.PendingRemoval removal = files.detach(old.name());
    try {
      if (!skills.delete(old.id())) {
        throw new NotFoundException(NOT_FOUND);
      }
    } catch (RuntimeException e) {
      SkillChanges.suppressing(e, removal::restore);
      throw e;
    }
    removal.discard();
  }

  @Override
  public String prompt(String name) {
    return require(name).prompt();
  }

  @Override
  public void setPrompt(String name, String prompt) {
    Skill old = require(name);
    changes.fields(old, UpdateSkill.prompt(prompt).applyTo(old.fields()));
  }

  @Override
  public List<ToolInstanceDetails> tools(String name) {
    return details(require(name)).tools();
  }

  @Override
  public SkillDetails setTools(String name, List<Long> toolInstanceIds) {
    Skill old = require(name);
    Set<Long> known = allTools().keySet().stream().map(ToolInstanceId::value).collect(Collectors.toSet());
    List<Long> unknown = toolInstanceIds.stream().filter(id -> !known.contains(id)).toList();
    if (!unknown.isEmpty()) {
      throw ManageSkills.unknownToolIds(unknown);
    }
    Set<ToolInstanceId> wanted = toolInstanceIds.stream()
        .map(ToolInstanceId::new)
        .collect(Collectors.toCollection(LinkedHashSet::new));
    return details(changes.tools(old, wanted));
  }

  @Override
  public SyncReport sync() {
    return sync.run();
  }

  private Skill require(String name) {
    if (!SkillName.isValid(name)) {
      throw new NotFoundException(NOT_FOUND);
    }
    return skills.find(new SkillName(name)).orElseThrow(() -> new NotFoundException(NOT_FOUND));
  }

  private Map<ToolInstanceId, ToolInstanceDetails> allTools() {
    return tools.list().stream()
        .collect(Collectors.toMap(d -> d.instance().id(), Function.identity()));
  }

  private SkillDetails details(Skill skill) {
    return details(skill, allTools());
  }

  private static SkillDetails details(Skill skill, Map<ToolInstanceId, ToolInstanceDetails> all) {
    return new SkillDetails(skill, skill.toolInstanceIds().stream()
        .map(all::get).filter(d -> d != null).toList());
  }
}
