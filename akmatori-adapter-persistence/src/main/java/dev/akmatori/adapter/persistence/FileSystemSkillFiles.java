package dev.akmatori.adapter.persistence;

import dev.akmatori.application.skill.ManageSkills;
import dev.akmatori.application.skill.SkillFiles;
import dev.akmatori.domain.shared.ConflictException;
import dev.akmatori.domain.skill.SkillName;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Skill directories on disk, normally {@code <data-dir>/skills} (contract §3.3.5). SKILL.md is
 * replaced atomically (a hidden temporary file moved over it); removals move the directory aside
 * to a hidden {@code .deleting-*} name first, so they can be undone. Symbolic links are never
 * followed: a link in place of a skill directory or {@code assets/} is refused, and deleting a tree
 * deletes links, not what they point to. Safe for several processes sharing the directory.
 */
public final class FileSystemSkillFiles implements SkillFiles {
  static final String DELETING_PREFIX = ".deleting-";
  private static final Logger LOG = LoggerFactory.getLogger(FileSystemSkillFiles.class);

  private final SkillTree tree;

  /** Uses (and creates) {@code directory}, normally {@code <data-dir>/skills}. */
  public FileSystemSkillFiles(Path directory) {
    this.tree = new SkillTree(directory);
  }

  @Override
  public boolean exists(SkillName name) {
    return Files.exists(tree.skill(name), LinkOption.NOFOLLOW_LINKS);
  }

  @Override
  public void create(SkillName name) {
    Path skill = tree.skill(name);
    try {
      Files.createDirectory(skill);
    } catch (FileAlreadyExistsException e) {
      throw new ConflictException(ManageSkills.alreadyExists(name));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the skill directory " + skill, e);
    }
    try {
      Files.createDirectory(skill.resolve(SkillTree.SCRIPTS));
      Files.createDirectory(skill.resolve(SkillTree.ASSETS));
    } catch (IOException e) {
      FileTrees.deleteQuietly(skill);
      throw new UncheckedIOException("Cannot create the layout of " + skill, e);
    }
  }

  @Override
  public void write(SkillName name, String document, Map<String, Path> assets) {
    Path skill = layout(name);
    writeDocument(skill, document);
    new AssetLinks(skill.resolve(SkillTree.ASSETS)).sync(assets);
  }

  @Override
  public void writeDocument(SkillName name, String document) {
    Path skill = tree.skill(name);
    directory(skill);
    writeDocument(skill, document);
  }

  @Override
  public PendingRemoval detach(SkillName name) {
    Path skill = tree.skill(name);
    if (!Files.exists(skill, LinkOption.NOFOLLOW_LINKS)) {
      return FileTrees.NOTHING_TO_REMOVE;
    }
    Path aside = tree.root().resolve(DELETING_PREFIX + name + "-" + UUID.randomUUID());
    FileTrees.move(skill, aside);
    return new FileTrees.MovedAside(skill, aside);
  }

  @Override
  public List<String> directoryNames() {
    List<String> names = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(tree.root())) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        if (!name.startsWith(".") && SkillTree.isRealDirectory(entry)) {
          names.add(name);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the skills directory " + tree.root(), e);
    }
    names.sort(null);
    return names;
  }

  @Override
  public Optional<String> readDocument(SkillName name) {
    Path skill = tree.skill(name);
    Path document = skill.resolve(SkillTree.SKILL_MD);
    if (!SkillTree.isRealDirectory(skill) || !Files.isRegularFile(document, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    try {
      return Optional.of(new String(Files.readAllBytes(document), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + document, e);
    }
  }

  @Override
  public void removeAssetLinks(String filename) {
    for (String directory : directoryNames()) {
      Path assets = tree.root().resolve(directory).resolve(SkillTree.ASSETS);
      if (SkillTree.isRealDirectory(assets)) {
        new AssetLinks(assets).remove(filename);
      }
    }
  }

  @Override
  public void sweep() {
    try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(tree.root(), DELETING_PREFIX + "*")) {
      for (Path leftover : leftovers) {
        FileTrees.deleteQuietly(leftover);
      }
    } catch (IOException e) {
      LOG.warn("Could not sweep removed skills in {}: {}", tree.root(), e.toString());
    }
  }

  /** The skill directory with {@code scripts/} and {@code assets/}, creating what is missing. */
  private Path layout(SkillName name) {
    Path skill = tree.skill(name);
    directory(skill);
    directory(skill.resolve(SkillTree.SCRIPTS));
    directory(skill.resolve(SkillTree.ASSETS));
    return skill;
  }

  /** Creates {@code dir} when missing; anything else than a real directory there is an error. */
  private static void directory(Path dir) {
    try {
      if (!SkillTree.isRealDirectory(dir)) {
        Files.createDirectory(dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the directory " + dir, e);
    }
  }

  private static void writeDocument(Path skill, String document) {
    Path target = skill.resolve(SkillTree.SKILL_MD);
    byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
    try {
      if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) && FileTrees.sameContent(target, bytes)) {
        return;
      }
      Path temp = Files.createTempFile(skill, ".SKILL.md-", ".tmp");
      try {
        Files.write(temp, bytes);
        FileTrees.readableByAll(temp);
        FileTrees.replace(temp, target);
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + target, e);
    }
  }
}
