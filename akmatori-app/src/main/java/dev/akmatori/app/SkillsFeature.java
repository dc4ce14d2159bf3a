package dev.akmatori.app;

import dev.akmatori.adapter.persistence.FileSystemSkillFiles;
import dev.akmatori.adapter.persistence.FileSystemSkillScripts;
import dev.akmatori.adapter.persistence.PersistenceAdapter;
import dev.akmatori.application.context.ContextFilePaths;
import dev.akmatori.application.investigation.skill.SkillLibrary;
import dev.akmatori.application.investigation.tool.ToolAllowlist;
import dev.akmatori.application.secret.SecretCipher;
import dev.akmatori.application.skill.SkillCatalogue;
import dev.akmatori.application.skill.SkillFileFollower;
import dev.akmatori.application.skill.SkillMirror;
import dev.akmatori.application.skill.SkillRepository;
import dev.akmatori.application.skill.SkillScriptService;
import dev.akmatori.application.skill.SkillService;
import dev.akmatori.application.skill.SkillToolAllowlist;
import dev.akmatori.application.skill.SystemSkill;
import dev.akmatori.application.tool.ConnectorStatus;
import dev.akmatori.application.tool.ManageToolInstances;
import dev.akmatori.application.tool.ToolInstances;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The skills feature wired over the database and {@code <data-dir>/skills} (contract §3.3, §5.4).
 * Built before the tool and context file services, which tell {@link #follower} about their
 * changes; the use cases need the tool service in turn ({@link #useCases}).
 */
final class SkillsFeature {
  final SkillFileFollower follower;
  final SkillLibrary library;
  final ToolAllowlist allowlist;
  private final SkillRepository repository;
  private final FileSystemSkillFiles files;
  private final FileSystemSkillScripts scripts;
  private final SkillMirror mirror;
  private final Clock clock;

  SkillsFeature(
      PersistenceAdapter persistence, Path skillsDir, ContextFilePaths context, SecretCipher cipher, Clock clock) {
    this.repository = persistence.skills();
    this.files = new FileSystemSkillFiles(skillsDir);
    this.scripts = new FileSystemSkillScripts(skillsDir);
    this.clock = clock;
    ToolInstances instances =
        new ToolInstances(persistence.toolTypes(), persistence.toolInstances(), persistence.sshKeys(), cipher);
    this.mirror = new SkillMirror(repository, files, instances, context);
    this.follower = new SkillFileFollower(mirror, files);
    this.library = new SkillCatalogue(repository, mirror, scripts);
    // HTTP connectors are another feature; until it provides their status, every connector counts as on.
    this.allowlist = new SkillToolAllowlist(repository, instances, ConnectorStatus.ALL_ENABLED);
  }

  /** Startup (§7): seeds {@code incident-manager}, then rewrites every SKILL.md from the database. */
  void seedAndRegenerate() {
    new SystemSkill(repository, clock).seed();
    mirror.regenerateAll();
  }

  /** The skill and script use cases over the tool instance use cases. */
  UseCases useCases(ManageToolInstances tools) {
    SkillService skills = new SkillService(repository, files, mirror, tools, clock);
    return new UseCases(skills, new SkillScriptService(skills, scripts));
  }

  record UseCases(SkillService skills, SkillScriptService scripts) {}
}
