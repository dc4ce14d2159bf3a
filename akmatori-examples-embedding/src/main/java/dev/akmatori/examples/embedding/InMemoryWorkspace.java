package dev.akmatori.examples.embedding;

import dev.akmatori.application.investigation.IncidentWorkspace;
import dev.akmatori.application.investigation.WorkspaceException;
import dev.akmatori.domain.incident.IncidentId;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An incident workspace in memory: files by {@code <incident>/<relative path>}, the transcript as a
 * list. Nothing touches the disk; {@link #directory} is only a name. Thread-safe.
 */
public final class InMemoryWorkspace implements IncidentWorkspace {
  private static final Path ROOT = Path.of("in-memory", "incidents");

  private final Map<String, String> files = new LinkedHashMap<>();
  private final List<Map<String, Object>> transcript = new ArrayList<>();

  @Override
  public synchronized Path create(IncidentId incident, String agentsMarkdown) {
    files.putIfAbsent(key(incident, "AGENTS.md"), agentsMarkdown);
    return directory(incident);
  }

  @Override
  public Path directory(IncidentId incident) {
    return ROOT.resolve(incident.toString());
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
    String path = "tool_outputs/" + toolName + "_" + at.toEpochMilli() + ".json";
    files.put(key(incident, path), jsonText);
    return path;
  }

  @Override
  public synchronized void appendTranscript(IncidentId incident, Map<String, Object> entry) {
    transcript.add(entry);
  }

  /** The transcript lines written so far (model turns and tool results, secrets removed). */
  public synchronized List<Map<String, Object>> transcript() {
    return List.copyOf(transcript);
  }

  private static String key(IncidentId incident, String relativePath) {
    Path path = Path.of(relativePath).normalize();
    if (relativePath.isBlank() || path.isAbsolute() || path.startsWith("..")) {
      throw new WorkspaceException("path escapes the workspace: " + relativePath);
    }
    return incident + "/" + path;
  }
}
