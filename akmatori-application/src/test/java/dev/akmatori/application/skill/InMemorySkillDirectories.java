package dev.akmatori.application.skill;

import dev.akmatori.domain.shared.ConflictException;
import dev.akmatori.domain.skill.ScriptFileName;
import dev.akmatori.domain.skill.SkillName;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * In-memory fakes of {@link SkillFiles} and {@link SkillScripts} over one map of skill
 * directories, rooted at the pretend path {@link #ROOT}. {@link #failNextWrite} makes the next
 * SKILL.md write throw, for failure-injection tests. Thread-safe.
 */
public final class InMemorySkillDirectories implements SkillFiles, SkillScripts {
  public static final Path ROOT = Path.of("/data/skills");

  /** One directory: SKILL.md (null when missing), the asset links and the scripts. */
  public static final class Directory {
    String document;
    final Map<String, Path> assets = new TreeMap<>();
    final Map<String, ScriptFile> scripts = new TreeMap<>();

    public Optional<String> document() {
      return Optional.ofNullable(document);
    }

    public Map<String, Path> assets() {
      return Map.copyOf(assets);
    }
  }

  private final Map<String, Directory> directories = new TreeMap<>();
  private final AtomicReference<RuntimeException> nextFailure = new AtomicReference<>();
  private final Clock clock;

  public InMemorySkillDirectories(Clock clock) {
    this.clock = clock;
  }

  public void failNextWrite(RuntimeException failure) {
    nextFailure.set(failure);
  }

  /** The directory of {@code name}, if any. */
  public synchronized Optional<Directory> directory(String name) {
    return Optional.ofNullable(directories.get(name));
  }

  /** Puts a directory on the "disk" as a person would, SKILL.md null for none. */
  public synchronized void putDirectory(String name, String document) {
    directories.computeIfAbsent(name, n -> new Directory()).document = document;
  }

  public synchronized void removeDirectory(String name) {
    directories.remove(name);
  }

  @Override
  public synchronized boolean exists(SkillName name) {
    return directories.containsKey(name.value());
  }

  @Override
  public synchronized void create(SkillName name) {
    if (directories.putIfAbsent(name.value(), new Directory()) != null) {
      throw new ConflictException(ManageSkills.alreadyExists(name));
    }
  }

  @Override
  public synchronized void write(SkillName name, String document, Map<String, Path> assets) {
    writeDocument(name, document);
    Directory d = directories.get(name.value());
    d.assets.clear();
    d.assets.putAll(assets);
  }

  @Override
  public synchronized void writeDocument(SkillName name, String document) {
    RuntimeException failure = nextFailure.getAndSet(null);
    if (failure != null) {
      throw failure;
    }
    directories.computeIfAbsent(name.value(), n -> new Directory()).document = document;
  }

  @Override
  public synchronized PendingRemoval detach(SkillName name) {
    Directory removed = directories.remove(name.value());
    return new PendingRemoval() {
      @Override
      public void restore() {
        synchronized (InMemorySkillDirectories.this) {
          if (removed != null) {
            directories.put(name.value(), removed);
          }
        }
      }

      @Override
      public void discard() {}
    };
  }

  @Override
  public synchronized List<String> directoryNames() {
    return new ArrayList<>(directories.keySet());
  }

  @Override
  public synchronized Optional<String> readDocument(SkillName name) {
    return directory(name.value()).flatMap(Directory::document);
  }

  @Override
  public synchronized void removeAssetLinks(String filename) {
    directories.values().forEach(d -> d.assets.remove(filename));
  }

  @Override
  public void sweep() {}

  @Override
  public Path directory(SkillName skill) {
    return ROOT.resolve(skill.value()).resolve("scripts");
  }

  @Override
  public synchronized List<String> list(SkillName skill) {
    return directory(skill.value()).map(d -> List.copyOf(d.scripts.keySet())).orElse(List.of());
  }

  @Override
  public synchronized int clear(SkillName skill) {
    Directory d = directories.get(skill.value());
    int n = d == null ? 0 : d.scripts.size();
    if (d != null) {
      d.scripts.clear();
    }
    return n;
  }

  @Override
  public synchronized Optional<ScriptFile> read(SkillName skill, ScriptFileName filename) {
    return directory(skill.value()).map(d -> d.scripts.get(filename.value()));
  }

  @Override
  public synchronized ScriptFile write(SkillName skill, ScriptFileName filename, String content) {
    ScriptFile file = new ScriptFile(
        filename.value(), content, content.getBytes(StandardCharsets.UTF_8).length, clock.instant());
    directories.computeIfAbsent(skill.value(), n -> new Directory()).scripts.put(filename.value(), file);
    return file;
  }

  @Override
  public synchronized boolean delete(SkillName skill, ScriptFileName filename) {
    Directory d = directories.get(skill.value());
    return d != null && d.scripts.remove(filename.value()) != null;
  }

  @Override
  public synchronized Optional<Path> path(SkillName skill, ScriptFileName filename) {
    return read(skill, filename).map(f -> directory(skill).resolve(f.filename()));
  }
}
