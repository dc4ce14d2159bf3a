package dev.akmatori.application.investigation;

import dev.akmatori.domain.incident.IncidentId;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The in-memory fake of {@link IncidentWorkspace}: files in a map under a pretend root. */
public final class InMemoryIncidentWorkspace implements IncidentWorkspace {
  private final Path root;
  private final Map<String, String> files = new ConcurrentHashMap<>();
  private final List<Map<String, Object>> transcript = new ArrayList<>();

  public InMemoryIncidentWorkspace(Path root) {
    this.root = root;
  }

  public InMemoryIncidentWorkspace() {
    this(Path.of("/data/incidents"));
  }

  @Override
  public Path create(IncidentId incident, String agentsMarkdown) {
    files.put(incident + "/AGENTS.md", agentsMarkdown);
    return directory(incident);
  }

  @Override
  public Path directory(IncidentId incident) {
    return root.resolve(incident.toString());
  }

  /** The text of a file written so far, or null. */
  public String file(IncidentId incident, String relativePath) {
    return files.get(incident + "/" + relativePath);
  }

  @Override
  public String read(IncidentId incident, String relativePath, int offset, int limit) {
    String text = file(incident, relativePath);
    if (text == null) {
      throw new WorkspaceException("file not found: " + relativePath);
    }
    int from = Math.min(offset, text.length());
    return text.substring(from, Math.min(text.length(), from + limit));
  }

  @Override
  public long write(IncidentId incident, String relativePath, String content) {
    files.put(incident + "/" + relativePath, content);
    return content.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
  }

  @Override
  public String spillToolOutput(IncidentId incident, String toolName, String jsonText, Instant at) {
    String path = "tool_outputs/" + toolName + "_" + at.toEpochMilli() + ".json";
    write(incident, path, jsonText);
    return path;
  }

  @Override
  public synchronized void appendTranscript(IncidentId incident, Map<String, Object> entry) {
    transcript.add(entry);
  }
}
