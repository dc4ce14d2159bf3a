package dev.akmatori.application.skill;

import dev.akmatori.domain.skill.ScriptFileName;
import dev.akmatori.domain.skill.SkillName;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The scripts of a skill: the files in {@code <data-dir>/skills/<name>/scripts/} (contract
 * §3.3.4). What is on disk is what exists. Thread-safe. Every method refuses with {@code
 * BadRequestException} when the skill directory, {@code scripts/} or the script resolves (through a
 * symbolic link) to a place outside {@code scripts/}, touching nothing; disk failures are {@link
 * java.io.UncheckedIOException}s.
 */
public interface SkillScripts {
  /** The absolute path of the skill's {@code scripts/} directory, whether or not it exists. */
  Path directory(SkillName skill);

  /** Regular files sorted by name, dot-files and {@code __pycache__} left out; empty when none. */
  List<String> list(SkillName skill);

  /** Deletes the regular files (subdirectories and links stay); returns how many went. */
  int clear(SkillName skill);

  /** The script when it is a regular file; its content is decoded as UTF-8. */
  Optional<ScriptFile> read(SkillName skill, ScriptFileName filename);

  /**
   * Creates or replaces the script with {@code content} in UTF-8, mode {@code 0644}, creating
   * {@code scripts/} when needed, and returns what was stored.
   */
  ScriptFile write(SkillName skill, ScriptFileName filename, String content);

  /** Deletes the script; false when no such regular file existed. */
  boolean delete(SkillName skill, ScriptFileName filename);

  /** The absolute path of the script when it is a regular file inside {@code scripts/}. */
  Optional<Path> path(SkillName skill, ScriptFileName filename);
}
