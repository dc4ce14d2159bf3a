package dev.akmatori.adapter.persistence;

import dev.akmatori.application.investigation.IncidentWorkspace;
import dev.akmatori.application.investigation.WorkspaceException;
import dev.akmatori.domain.incident.IncidentId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Incident workspaces on disk: {@code <root>/<uuid>/} with {@code AGENTS.md}, {@code tool_outputs/}
 * and {@code transcript.jsonl} (contract §5.3). Agent paths are resolved by {@link WorkspacePaths},
 * so they never leave the workspace. Thread-safe; transcript lines of one incident never interleave.
 */
public final class FileIncidentWorkspace implements IncidentWorkspace {
  static final String AGENTS = "AGENTS.md";
  static final String TOOL_OUTPUTS = "tool_outputs";
  static final String TRANSCRIPT = "transcript.jsonl";

  private final Path root;
  private final Map<IncidentId, Object> transcriptLocks = new ConcurrentHashMap<>();

  /** Uses (and creates) {@code root}, normally {@code <data-dir>/incidents}. */
  public FileIncidentWorkspace(Path root) {
    this.root = root.toAbsolutePath().normalize();
    try {
      Files.createDirectories(this.root);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the incident directory " + this.root, e);
    }
  }

  /**
   * Two {@code mkdir} calls and one file write: {@link Files#createDirectories} tries the directory
   * itself first and walks up the path only when that fails, so creating the workspace and then its
   * {@code tool_outputs/} (rather than {@code tool_outputs/} at once, which failed on the missing
   * parent first) costs no exception (ADR 0024).
   */
  @Override
  public Path create(IncidentId incident, String agentsMarkdown) {
    Path dir = directory(incident);
    try {
      Files.createDirectories(dir);
      Files.createDirectories(dir.resolve(TOOL_OUTPUTS));
      Files.writeString(dir.resolve(AGENTS), agentsMarkdown, StandardCharsets.UTF_8);
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the workspace " + dir, e);
    }
  }

  @Override
  public Path directory(IncidentId incident) {
    return root.resolve(incident.toString());
  }

  @Override
  public String read(IncidentId incident, String relativePath, int offset, int limit) {
    if (offset < 0 || limit < 0) {
      throw new WorkspaceException("offset and limit must not be negative");
    }
    Path file = WorkspacePaths.existingFile(directory(incident), relativePath);
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      int length = text.codePointCount(0, text.length());
      int from = text.offsetByCodePoints(0, Math.min(offset, length));
      int to = text.offsetByCodePoints(from, (int) Math.min((long) limit, length - Math.min(offset, length)));
      return text.substring(from, to);
    } catch (IOException e) {
      throw new WorkspaceException("cannot read " + relativePath + ": " + e.getMessage(), e);
    }
  }

  @Override
  public long write(IncidentId incident, String relativePath, String content) {
    Path file = WorkspacePaths.writableFile(directory(incident), relativePath);
    try {
      byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
      Files.write(file, bytes);
      return bytes.length;
    } catch (IOException e) {
      throw new WorkspaceException("cannot write " + relativePath + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String spillToolOutput(IncidentId incident, String toolName, String jsonText, Instant at) {
    String base = TOOL_OUTPUTS + "/" + WorkspacePaths.safeName(toolName) + "_" + at.toEpochMilli();
    String path = base + ".json";
    for (int n = 2; Files.exists(directory(incident).resolve(path)); n++) {
      path = base + "-" + n + ".json";
    }
    write(incident, path, jsonText);
    return path;
  }

  @Override
  public void appendTranscript(IncidentId incident, Map<String, Object> entry) {
    byte[] line = (JsonWriter.write(entry) + "\n").getBytes(StandardCharsets.UTF_8);
    Path file = directory(incident).resolve(TRANSCRIPT);
    synchronized (transcriptLock(incident)) {
      try {
        Files.createDirectories(file.getParent());
        Files.write(file, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
      } catch (IOException e) {
        throw new WorkspaceException("cannot append to " + TRANSCRIPT + ": " + e.getMessage(), e);
      }
    }
  }

  /** Keeps {@code transcript.jsonl} open for the run: one write per line instead of open, write, close. */
  @Override
  public TranscriptAppender openTranscript(IncidentId incident) {
    return new OpenTranscript(directory(incident).resolve(TRANSCRIPT), transcriptLock(incident));
  }

  private Object transcriptLock(IncidentId incident) {
    return transcriptLocks.computeIfAbsent(incident, id -> new Object());
  }

  /**
   * A transcript file opened on the first line in append mode and kept open; every line is one
   * write to the operating system, so it is in the file (and survives the process) when append
   * returns. After a failed write the file is opened again for the next line.
   */
  private static final class OpenTranscript implements TranscriptAppender {
    private final Path file;
    private final Object lock;
    private FileChannel channel;

    OpenTranscript(Path file, Object lock) {
      this.file = file;
      this.lock = lock;
    }

    @Override
    public void append(Map<String, Object> entry) {
      ByteBuffer line = ByteBuffer.wrap((JsonWriter.write(entry) + "\n").getBytes(StandardCharsets.UTF_8));
      synchronized (lock) {
        try {
          if (channel == null) {
            Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
          }
          while (line.hasRemaining()) {
            channel.write(line);
          }
        } catch (IOException e) {
          close();
          throw new WorkspaceException("cannot append to " + TRANSCRIPT + ": " + e.getMessage(), e);
        }
      }
    }

    @Override
    public void close() {
      synchronized (lock) {
        if (channel != null) {
          try {
            channel.close();
          } catch (IOException e) {
            // nothing is buffered: every line was written when it was appended
          } finally {
            channel = null;
          }
        }
      }
    }
  }
}
