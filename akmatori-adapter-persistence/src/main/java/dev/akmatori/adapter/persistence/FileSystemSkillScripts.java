package dev.akmatori.adapter.persistence;

import dev.akmatori.application.skill.ScriptFile;
import dev.akmatori.application.skill.SkillScripts;
import dev.akmatori.domain.shared.ConflictException;
import dev.akmatori.domain.skill.ScriptFileName;
import dev.akmatori.domain.skill.SkillName;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Skill scripts as files in {@code <data-dir>/skills/<name>/scripts/} (contract §3.3.4). Writes go
 * to a hidden temporary file that is moved over the script, so readers and the agent see whole
 * files. Every path is checked by {@link SkillTree} first: a link that leads out of {@code
 * scripts/} is refused before anything is read or written.
 */
public final class FileSystemSkillScripts implements SkillScripts {
  static final String TEMP_PREFIX = ".script-";
  static final String TEMP_SUFFIX = ".tmp";
  private static final String PYCACHE = "__pycache__";

  private final SkillTree tree;

  /** Uses (and creates) {@code directory}, normally {@code <data-dir>/skills}. */
  public FileSystemSkillScripts(Path directory) {
    this.tree = new SkillTree(directory);
  }

  @Override
  public Path directory(SkillName skill) {
    return tree.skill(skill).resolve(SkillTree.SCRIPTS);
  }

  @Override
  public List<String> list(SkillName skill) {
    List<String> names = new ArrayList<>();
    for (Path file : regularFiles(tree.scripts(skill))) {
      String name = file.getFileName().toString();
      if (!name.startsWith(".") && !name.equals(PYCACHE)) {
        names.add(name);
      }
    }
    names.sort(null);
    return names;
  }

  @Override
  public int clear(SkillName skill) {
    int deleted = 0;
    for (Path file : regularFiles(tree.scripts(skill))) {
      String name = file.getFileName().toString();
      boolean inFlightWrite = name.startsWith(TEMP_PREFIX) && name.endsWith(TEMP_SUFFIX);
      try {
        if (!inFlightWrite && Files.deleteIfExists(file)) {
          deleted++;
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot delete " + file, e);
      }
    }
    return deleted;
  }

  @Override
  public Optional<ScriptFile> read(SkillName skill, ScriptFileName filename) {
    Path script = tree.script(skill, filename);
    if (!Files.isRegularFile(script)) {
      return Optional.empty();
    }
    try {
      byte[] bytes = Files.readAllBytes(script);
      return Optional.of(new ScriptFile(filename.value(), new String(bytes, StandardCharsets.UTF_8),
          bytes.length, Files.getLastModifiedTime(script).toInstant()));
    } catch (NoSuchFileException deletedMeanwhile) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + script, e);
    }
  }

  @Override
  public ScriptFile write(SkillName skill, ScriptFileName filename, String content) {
    Path script = tree.script(skill, filename);
    if (Files.isDirectory(script, LinkOption.NOFOLLOW_LINKS)) {
      throw new ConflictException("'" + filename + "' is a directory, not a script");
    }
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    try {
      Files.createDirectories(script.getParent());
      Path temp = Files.createTempFile(script.getParent(), TEMP_PREFIX, TEMP_SUFFIX);
      try {
        Files.write(temp, bytes);
        FileTrees.readableByAll(temp);
        FileTrees.replace(temp, script);
      } finally {
        Files.deleteIfExists(temp);
      }
      return new ScriptFile(filename.value(), new String(bytes, StandardCharsets.UTF_8), bytes.length,
          Files.getLastModifiedTime(script, LinkOption.NOFOLLOW_LINKS).toInstant());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + script, e);
    }
  }

  @Override
  public boolean delete(SkillName skill, ScriptFileName filename) {
    Path script = tree.script(skill, filename);
    try {
      return Files.isRegularFile(script) && Files.deleteIfExists(script);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot delete " + script, e);
    }
  }

  @Override
  public Optional<Path> path(SkillName skill, ScriptFileName filename) {
    Path script = tree.script(skill, filename);
    return Files.isRegularFile(script) ? Optional.of(SkillTree.realPath(script)) : Optional.empty();
  }

  /** The regular files (not links, not directories) in {@code dir}; empty when it is missing. */
  private static List<Path> regularFiles(Path dir) {
    List<Path> files = new ArrayList<>();
    if (!SkillTree.isRealDirectory(dir)) {
      return files;
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path entry : entries) {
        if (Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
          files.add(entry);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + dir, e);
    }
    return files;
  }
}
