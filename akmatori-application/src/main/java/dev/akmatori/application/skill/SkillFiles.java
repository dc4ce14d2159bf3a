package dev.akmatori.application.skill;

import dev.akmatori.domain.skill.SkillName;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The skill directories {@code <data-dir>/skills/<name>/} with their generated {@code SKILL.md}
 * and {@code assets/} links (contract §3.3.5); scripts are {@link SkillScripts}. The database is
 * the source of truth and these files mirror it. Thread-safe; disk failures are {@link
 * java.io.UncheckedIOException}s and are not retried; nothing here follows a symbolic link out of
 * the skills directory.
 */
public interface SkillFiles {
  /** True when an entry of that name (directory, file or link) exists under the skills directory. */
  boolean exists(SkillName name);

  /**
   * Creates {@code <name>/} with empty {@code scripts/} and {@code assets/}.
   *
   * @throws dev.akmatori.domain.shared.ConflictException {@code Skill '<name>' already exists} when
   *     the entry already exists (created by nobody else: the check and the creation are one step)
   */
  void create(SkillName name);

  /**
   * Mirrors a skill: {@code SKILL.md} becomes {@code document} (replaced atomically, untouched when
   * equal) and {@code assets/} holds exactly one link per entry of {@code assets} (file name → the
   * context file it points to); other links there are removed. Missing directories ({@code <name>/},
   * {@code scripts/}, {@code assets/}) are created empty first.
   */
  void write(SkillName name, String document, Map<String, Path> assets);

  /** Like {@link #write} but leaves {@code assets/} as it is (the sync import, §3.3.6). */
  void writeDocument(SkillName name, String document);

  /**
   * Moves {@code <name>/} out of the way in one step, so that it can still be put back; a missing
   * directory gives a removal with nothing to do.
   */
  PendingRemoval detach(SkillName name);

  /** Names of the directories under the skills directory (hidden ones and links left out), sorted. */
  List<String> directoryNames();

  /** The text of {@code <name>/SKILL.md} when it is a regular file; empty otherwise. */
  Optional<String> readDocument(SkillName name);

  /** Removes {@code assets/<filename>} from every skill directory (links and copies alike). */
  void removeAssetLinks(String filename);

  /** Removes what interrupted removals left behind; failures are logged, not thrown. */
  void sweep();

  /** A directory moved aside by {@link #detach}: put it back or delete it for good. */
  interface PendingRemoval {
    /** Moves the directory back where it was. */
    void restore();

    /** Deletes the directory; never throws (what is left is removed by {@link #sweep()}). */
    void discard();
  }
}
