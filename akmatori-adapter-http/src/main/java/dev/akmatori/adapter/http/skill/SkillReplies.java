package dev.akmatori.adapter.http.skill;

import dev.akmatori.application.skill.ManageSkillScripts.ScriptListing;
import dev.akmatori.application.skill.ScriptFile;
import dev.akmatori.application.skill.SyncReport;
import java.time.Instant;
import java.util.List;

/** The small bodies of the skill sub-routes (contract §3.3.2, §3.3.4, §3.3.6). */
final class SkillReplies {
  private SkillReplies() {}

  /** {@code {"prompt"}}. */
  record Prompt(String prompt) {}

  /** {@code {"status": "ok"}}. */
  record Status(String status) {
    static final Status OK = new Status("ok");
  }

  /** {@code {"skill_name", "scripts_dir", "scripts"}}. */
  record Scripts(String skillName, String scriptsDir, List<String> scripts) {
    static Scripts from(ScriptListing listing) {
      return new Scripts(listing.skillName(), listing.scriptsDir(), listing.scripts());
    }
  }

  /** {@code {"message": "Scripts cleared successfully", "skill_name"}}. */
  record Cleared(String message, String skillName) {
    static Cleared of(String skillName) {
      return new Cleared("Scripts cleared successfully", skillName);
    }
  }

  /** {@code {"filename", "content", "size", "modified_at"}}. */
  record Script(String filename, String content, long size, Instant modifiedAt) {
    static Script from(ScriptFile file) {
      return new Script(file.filename(), file.content(), file.size(), file.modifiedAt());
    }
  }

  /** {@code {"success": true, "filename", "content", "size", "modified_at"}}: the stored script. */
  record StoredScript(boolean success, String filename, String content, long size, Instant modifiedAt) {
    static StoredScript from(ScriptFile file) {
      return new StoredScript(true, file.filename(), file.content(), file.size(), file.modifiedAt());
    }
  }

  /** {@code {"status": "ok", "message", "imported", "skipped": [{"name", "reason"}]}}. */
  record Sync(String status, String message, List<String> imported, List<Skipped> skipped) {
    static Sync from(SyncReport report) {
      return new Sync("ok", "Skills synced from filesystem", report.imported(),
          report.skipped().stream().map(s -> new Skipped(s.name(), s.reason())).toList());
    }
  }

  record Skipped(String name, String reason) {}
}
