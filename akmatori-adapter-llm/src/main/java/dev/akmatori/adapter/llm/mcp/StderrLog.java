package dev.akmatori.adapter.llm.mcp;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies a child's stderr to the server log line by line, secrets masked, and remembers the last
 * non-blank line: the best hint at why a server exited.
 */
final class StderrLog {
  private static final Logger LOG = LoggerFactory.getLogger(StderrLog.class);
  private static final int MAX_LINE = 64 * 1024;

  private final Thread reader;
  private volatile String lastLine = "";

  private StderrLog(Process process, String serverName, Redactor redactor) {
    this.reader = Threads.daemon("mcp-stderr-" + serverName, () -> copy(process, serverName, redactor));
  }

  /** Starts copying {@code process}'s stderr on a daemon thread. */
  static StderrLog start(Process process, String serverName, Redactor redactor) {
    return new StderrLog(process, serverName, redactor);
  }

  private void copy(Process process, String serverName, Redactor redactor) {
    try (Reader in = new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8)) {
      LineReader lines = new LineReader(in, MAX_LINE);
      for (String line = lines.next(); line != null; line = lines.next()) {
        String safe = redactor.apply(line);
        if (!safe.isBlank()) {
          lastLine = Threads.abbreviate(safe.strip());
        }
        LOG.info("MCP server '{}' stderr: {}", serverName, safe);
      }
    } catch (IOException gone) {
      // The process is gone, or wrote an endless line; either way there is nothing more to copy.
    }
  }

  /** The last non-blank line after waiting up to {@code wait} for the stream to end. */
  String lastLine(Duration wait) {
    Threads.join(reader, wait);
    return lastLine;
  }
}
