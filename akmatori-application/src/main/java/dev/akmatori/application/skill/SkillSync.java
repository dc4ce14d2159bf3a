package dev.akmatori.application.skill;

import dev.akmatori.domain.shared.ConflictException;
import dev.akmatori.domain.skill.Skill;
import dev.akmatori.domain.skill.SkillDocument;
import dev.akmatori.domain.skill.SkillFields;
import dev.akmatori.domain.skill.SkillName;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code POST /api/skills/sync} (contract §3.3.6): imports the skill directories that have no row.
 * Existing skills are never touched; scripts and {@code assets/} stay as they are. An imported row
 * whose SKILL.md cannot be regenerated is deleted again. A directory imported concurrently by
 * another process is neither imported nor skipped here.
 */
final class SkillSync {
  private final SkillRepository skills;
  private final SkillFiles files;
  private final SkillMirror mirror;
  private final Clock clock;

  SkillSync(SkillRepository skills, SkillFiles files, SkillMirror mirror, Clock clock) {
    this.skills = skills;
    this.files = files;
    this.mirror = mirror;
    this.clock = clock;
  }

  SyncReport run() {
    List<String> imported = new ArrayList<>();
    List<SyncReport.Skipped> skipped = new ArrayList<>();
    for (String directory : files.directoryNames().stream().sorted().toList()) {
      if (!SkillName.isValid(directory)) {
        skipped.add(new SyncReport.Skipped(directory, SyncReport.INVALID_NAME));
        continue;
      }
      SkillName name = new SkillName(directory);
      if (skills.find(name).isPresent()) {
        continue;
      }
      Optional<String> text = files.readDocument(name);
      if (text.isEmpty()) {
        skipped.add(new SyncReport.Skipped(directory, SyncReport.MISSING_DOCUMENT));
        continue;
      }
      Optional<SkillDocument> document = SkillDocument.parse(directory, text.get());
      if (document.isEmpty()) {
        skipped.add(new SyncReport.Skipped(directory, SyncReport.INVALID_FRONT_MATTER));
        continue;
      }
      if (importOne(name, document.get())) {
        imported.add(directory);
      }
    }
    return new SyncReport(imported, skipped);
  }

  private boolean importOne(SkillName name, SkillDocument document) {
    SkillFields fields = SkillFields.imported(document.description(), document.category(), document.prompt());
    Skill skill;
    try {
      skill = skills.create(name, fields, false, clock.instant());
    } catch (ConflictException importedElsewhere) {
      return false;
    }
    try {
      files.writeDocument(name, mirror.render(skill));
    } catch (RuntimeException e) {
      SkillChanges.suppressing(e, () -> skills.delete(skill.id()));
      throw e;
    }
    return true;
  }
}
