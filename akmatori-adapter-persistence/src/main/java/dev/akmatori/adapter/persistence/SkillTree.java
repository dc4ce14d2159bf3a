package dev.akmatori.adapter.persistence;

import dev.akmatori.domain.shared.BadRequestException;
import dev.akmatori.domain.skill.ScriptFileName;
import dev.akmatori.domain.skill.SkillName;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Paths under the skills directory and the traversal defence shared by the skill file adapters.
 * Names are validated value objects already; on top of that every path is checked after resolving
 * (it must sit exactly where its name puts it) and, where it exists, by its real path, so a
 * symbolic link planted in the tree never leads a read or write elsewhere.
 */
final class SkillTree {
  static final String SKILL_MD = "SKILL.md";
  static final String SCRIPTS = "scripts";
  static final String ASSETS = "assets";
  static final String LEAVES = "Script path leaves the scripts directory";

  private final Path root;

  SkillTree(Path root) {
    this.root = root.toAbsolutePath().normalize();
    try {
      Files.createDirectories(this.root);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the skills directory " + this.root, e);
    }
  }

  Path root() {
    return root;
  }

  /** {@code <root>/<name>}, lexically; the name rule keeps it a direct child. */
  Path skill(SkillName name) {
    return child(root, name.value());
  }

  /** {@code <dir>/<entry>} when {@code entry} is one plain path element; IAE otherwise. */
  static Path child(Path dir, String entry) {
    Path path = dir.resolve(entry).normalize();
    if (entry.isEmpty() || entry.startsWith(".") || !dir.equals(path.getParent())) {
      throw new IllegalArgumentException("Not a plain file name: " + entry);
    }
    return path;
  }

  /** True when {@code path} is a directory itself, not a link to one. */
  static boolean isRealDirectory(Path path) {
    return Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS);
  }

  /**
   * The skill's {@code scripts/} directory after checking that neither it nor the skill directory
   * is a link (or anything but a directory where it exists).
   *
   * @throws BadRequestException {@link #LEAVES} otherwise
   */
  Path scripts(SkillName name) {
    Path skill = skill(name);
    Path scripts = skill.resolve(SCRIPTS);
    requireDirectoryOrAbsent(skill);
    requireDirectoryOrAbsent(scripts);
    boolean exists = Files.exists(scripts, LinkOption.NOFOLLOW_LINKS);
    if (exists && !realPath(scripts).equals(realPath(root).resolve(name.value()).resolve(SCRIPTS))) {
      throw new BadRequestException(LEAVES);
    }
    return scripts;
  }

  /**
   * {@code scripts/<filename>} after the checks of {@link #scripts}; a link there must point to a
   * place directly inside {@code scripts/}, by its target and, when that exists, its real path.
   */
  Path script(SkillName name, ScriptFileName filename) {
    Path scripts = scripts(name);
    Path script = child(scripts, filename.value());
    if (Files.isSymbolicLink(script)) {
      try {
        Path target = scripts.resolve(Files.readSymbolicLink(script)).normalize();
        boolean inside = scripts.equals(target.getParent())
            && (!Files.exists(target) || realPath(scripts).equals(realPath(target).getParent()));
        if (!inside) {
          throw new BadRequestException(LEAVES);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read the link " + script, e);
      }
    }
    return script;
  }

  private static void requireDirectoryOrAbsent(Path path) {
    if (Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !isRealDirectory(path)) {
      throw new BadRequestException(LEAVES);
    }
  }

  static Path realPath(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot resolve " + path, e);
    }
  }
}
