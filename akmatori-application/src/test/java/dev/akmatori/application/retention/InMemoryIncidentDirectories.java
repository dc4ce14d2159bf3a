package dev.akmatori.application.retention;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The in-memory fake of {@link IncidentDirectories}: named directories with a modification time and
 * a size. A directory can be marked as resolving outside the root (never removed) or as failing
 * halfway (half its bytes freed, then an error; it stays).
 */
public final class InMemoryIncidentDirectories implements IncidentDirectories {
  /** How a directory behaves when removed. */
  public enum Kind { NORMAL, OUTSIDE, FAILING }

  private record Dir(Instant modified, long bytes, Kind kind) {}

  private final Map<String, Dir> dirs = new TreeMap<>();

  public synchronized void add(String name, Instant modified, long bytes) {
    add(name, modified, bytes, Kind.NORMAL);
  }

  public synchronized void add(String name, Instant modified, long bytes, Kind kind) {
    dirs.put(name, new Dir(modified, bytes, kind));
  }

  public synchronized boolean exists(String name) {
    return dirs.containsKey(name);
  }

  @Override
  public synchronized Stream<DirectoryEntry> list() {
    return dirs.entrySet().stream().map(e -> new DirectoryEntry(e.getKey(), e.getValue().modified())).toList().stream();
  }

  @Override
  public synchronized long remove(String name) {
    Dir dir = dirs.get(name);
    if (dir == null) {
      return 0;
    }
    switch (dir.kind()) {
      case OUTSIDE:
        throw new WorkspaceRemovalException("/data/incidents/" + name + " resolves to /elsewhere/" + name
            + ", outside /data/incidents", 0);
      case FAILING:
        dirs.put(name, new Dir(dir.modified(), dir.bytes() - dir.bytes() / 2, Kind.FAILING));
        throw new WorkspaceRemovalException("cannot delete /data/incidents/" + name + "/locked: Permission denied",
            dir.bytes() / 2);
      default:
        dirs.remove(name);
        return dir.bytes();
    }
  }
}
