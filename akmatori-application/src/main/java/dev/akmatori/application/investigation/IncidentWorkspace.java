package dev.akmatori.application.investigation;

import dev.akmatori.domain.incident.IncidentId;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * The per-incident directory {@code <data-dir>/incidents/<uuid>/} (contract §5.3): {@code AGENTS.md},
 * {@code tool_outputs/}, {@code transcript.jsonl} and the agent's own files. Paths given by the agent
 * are relative and can never escape the directory. Thread-safe.
 */
public interface IncidentWorkspace {
  /** Creates the directory with {@code tool_outputs/} and writes {@code AGENTS.md}; idempotent. */
  Path create(IncidentId incident, String agentsMarkdown);

  /** The absolute directory of {@code incident} (whether or not it exists). */
  Path directory(IncidentId incident);

  /**
   * Up to {@code limit} characters of a UTF-8 text file from character {@code offset}.
   *
   * @throws WorkspaceException for an escaping or invalid path, a missing file or an I/O failure
   */
  String read(IncidentId incident, String relativePath, int offset, int limit);

  /**
   * Creates or replaces a file (parent directories created) and returns its size in bytes.
   *
   * @throws WorkspaceException for an escaping or invalid path or an I/O failure
   */
  long write(IncidentId incident, String relativePath, String content);

  /** Saves a large tool result as {@code tool_outputs/<tool>_<epoch-ms>.json}; returns that relative path. */
  String spillToolOutput(IncidentId incident, String toolName, String jsonText, Instant at);

  /** Appends one JSON line to {@code transcript.jsonl}; the caller has already removed secrets. */
  void appendTranscript(IncidentId incident, Map<String, Object> entry);

  /**
   * A writer of {@code transcript.jsonl} lines for one run, which may keep the file open until it is
   * closed; each line is in the file (handed to the operating system) when {@link
   * TranscriptAppender#append} returns, so a crash loses none. The default appends line by line with
   * {@link #appendTranscript}.
   */
  default TranscriptAppender openTranscript(IncidentId incident) {
    return entry -> appendTranscript(incident, entry);
  }

  /** Appends transcript lines of one incident; not for concurrent use. */
  interface TranscriptAppender extends AutoCloseable {
    /**
     * Appends one JSON line; the caller has already removed secrets.
     *
     * @throws WorkspaceException when the line cannot be written
     */
    void append(Map<String, Object> entry);

    /** Releases the file; never throws. */
    @Override
    default void close() {}
  }
}
