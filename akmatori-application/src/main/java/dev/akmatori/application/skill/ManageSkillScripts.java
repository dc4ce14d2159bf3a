package dev.akmatori.application.skill;

import java.util.List;

/**
 * Script use cases (contract §3.3.4). Every call first answers {@code NotFoundException} {@code
 * Skill not found} for an unknown skill, then {@code ValidationException} {@code filename}: {@code
 * invalid filename} for a name that breaks the rule; a missing script is {@link #NOT_FOUND}.
 */
public interface ManageSkillScripts {
  String NOT_FOUND = "Script not found";
  /** Longest script content in bytes of UTF-8 (§1.6). */
  long MAX_CONTENT_BYTES = 1_048_576;
  String TOO_LARGE = "Script exceeds maximum size of " + MAX_CONTENT_BYTES + " bytes";

  ScriptListing list(String skill);

  /** Deletes the regular files of {@code scripts/}; returns the skill's name. */
  String clear(String skill);

  ScriptFile get(String skill, String filename);

  /**
   * Creates or replaces the script and returns it as stored; content over {@link
   * #MAX_CONTENT_BYTES} throws {@code TooLargeException} ({@link #TOO_LARGE}).
   */
  ScriptFile put(String skill, String filename, String content);

  void delete(String skill, String filename);

  /** The scripts of a skill: its name, the absolute {@code scripts/} path and the file names. */
  record ScriptListing(String skillName, String scriptsDir, List<String> scripts) {
    public ScriptListing {
      scripts = List.copyOf(scripts);
    }
  }
}
