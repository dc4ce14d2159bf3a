package dev.akmatori.application.investigation.testing;

import dev.akmatori.application.investigation.IncidentWorkspace;
import dev.akmatori.application.investigation.WorkspaceException;
import dev.akmatori.domain.incident.IncidentId;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An {@link IncidentWorkspace} held in memory: files by incident and relative path, the transcript
 * lines as maps. Paths that escape the workspace are refused like the filesystem adapter does.
 * Thread-safe.
 */
public final class InMemoryIncidentWorkspace implements IncidentWorkspace {
  private final Path root;
  private final Map<String, String> files = new LinkedHashMap<>();
  private final Map<IncidentId, List<Map<String, Object>>> transcripts = new LinkedHashMap<>();
  private volatile boolean failSpills;

  public InMemoryIncidentWorkspace(Path root) {
    this.root = root;
  }

  @Override
  public synchronized Path create(IncidentId incident, String agentsMarkdown) {
    files.putIfAbsent(key(incident, "AGENTS.md"), agentsMarkdown);
    return directory(incident);
  }

  @Override
  public Path directory(IncidentId incident) {
    return root.resolve(incident.toString());
  }

  @Override
  public synchronized String read(IncidentId incident, String relativePath, int offset, int limit) {
    String text = files.get(key(incident, relativePath));
    if (text == null) {
      throw new WorkspaceException("file not found: " + relativePath);
    }
    int from = Math.min(offset, text.length());
    return text.substring(from, (int) Math.min((long) from + limit, text.length()));
  }

  @Override
  public synchronized long write(IncidentId incident, String relativePath, String content) {
    files.put(key(incident, relativePath), content);
    return content.getBytes(StandardCharsets.UTF_8).length;
  }

  @Override
  public synchronized String spillToolOutput(IncidentId incident, String toolName, String jsonText, Instant at) {
    if (failSpills) {
      throw new WorkspaceException("disk full");
    }
    String path = "tool_outputs/" + toolName + "_" + at.toEpochMilli() + ".json";
    files.put(key(incident, path), jsonText);
    return path;
  }

  @Override
  public synchronized void appendTranscript(IncidentId incident, Map<String, Object> entry) {
    transcripts.computeIfAbsent(incident, i -> new ArrayList<>()).add(entry);
  }

  /** Makes every later spill fail with {@code disk full}. */
  public void failSpills() {
    failSpills = true;
  }

  public synchronized Optional<String> file(IncidentId incident, String relativePath) {
    return Optional.ofNullable(files.get(key(incident, relativePath)));
  }

  public synchronized List<Map<String, Object>> transcript(IncidentId incident) {
    return List.copyOf(transcripts.getOrDefault(incident, List.of()));
  }

  private static String key(IncidentId incident, String relativePath) {
    return incident + "/" + normalize(relativePath);
  }

  private static String normalize(String relativePath) {
    try {
      Path path = Path.of(relativePath).normalize();
      if (relativePath.isBlank() || path.isAbsolute() || path.startsWith("..")) {
        throw new WorkspaceException("path escapes the workspace: " + relativePath);
      }
      return path.toString();
    } catch (InvalidPathException e) {
      throw new WorkspaceException("invalid path: " + relativePath);
    }
  }
}
