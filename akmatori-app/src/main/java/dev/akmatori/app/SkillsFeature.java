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
import dev.akmatori.application.connector.ConnectorChanges;
import dev.akmatori.application.skill.ObservedSkillRepository;
import dev.akmatori.application.skill.RootPromptCache;
import dev.akmatori.application.skill.SkillMirror;
import dev.akmatori.domain.connector.HttpConnector;
import dev.akmatori.domain.connector.HttpConnectorId;
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
  /** Regenerates the SKILL.md of skills holding instances of a changed connector's type (§3.3.5). */
  final ConnectorChanges connectorFollower;
  private final SkillRepository repository;
  private final FileSystemSkillFiles files;
  private final FileSystemSkillScripts scripts;
  private final SkillMirror mirror;
  private final Clock clock;

  SkillsFeature(
      PersistenceAdapter persistence, Path skillsDir, ContextFilePaths context, SecretCipher cipher, Clock clock) {
    // Every write made here evicts the prompt new workspaces' AGENTS.md carry (ADR 0028).
    RootPromptCache rootPrompt = new RootPromptCache(System::nanoTime);
    this.repository = new ObservedSkillRepository(persistence.skills(), rootPrompt::evict);
    this.files = new FileSystemSkillFiles(skillsDir);
    this.scripts = new FileSystemSkillScripts(skillsDir);
    this.clock = clock;
    ToolInstances instances =
        new ToolInstances(persistence.toolTypes(), persistence.toolInstances(), persistence.sshKeys(), cipher);
    this.mirror = new SkillMirror(repository, files, instances, context);
    this.follower = new SkillFileFollower(mirror, files);
    this.library = new SkillCatalogue(repository, mirror, scripts, rootPrompt);
    // Instances of a connector's tool type count only while the connector is enabled (§5.4).
    ConnectorStatus connectors =
        id -> persistence.httpConnectors().find(new HttpConnectorId(id)).map(c -> c.spec().enabled()).orElse(false);
    this.allowlist = new SkillToolAllowlist(repository, instances, connectors);
    this.connectorFollower = new ConnectorChanges() {
      @Override
      public void created(HttpConnector connector) {
        mirror.regenerateForToolType(connector.toolTypeId());
      }

      @Override
      public void updated(HttpConnector connector) {
        mirror.regenerateForToolType(connector.toolTypeId());
      }

      @Override
      public void deleted(HttpConnector connector) {
        // A connector with instances cannot be deleted, so no skill holds its type any more.
      }
    };
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
