package dev.akmatori.adapter.llm.tool.script;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Drains a child's stdout or stderr on its own thread, keeping the first {@code cap} bytes and
 * discarding the rest, so a chatty script can neither block on a full pipe nor fill the heap.
 */
final class CappedStream {
  private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
  private final Thread reader;

  CappedStream(InputStream in, int cap, String threadName) {
    reader = new Thread(() -> drain(in, cap), threadName);
    reader.setDaemon(true);
    reader.start();
  }

  private void drain(InputStream in, int cap) {
    byte[] buffer = new byte[8192];
    try (in) {
      int n;
      while ((n = in.read(buffer)) >= 0) {
        synchronized (kept) {
          int room = cap - kept.size();
          if (room > 0) {
            kept.write(buffer, 0, Math.min(room, n));
          }
        }
      }
    } catch (IOException e) {
      // The pipe closed under us (process killed): keep what was read.
    }
  }

  /**
   * What was kept, decoded as UTF-8, once the stream ended or {@code waitMillis} passed (a
   * background process the script left behind may hold the pipe open).
   */
  String text(long waitMillis) throws InterruptedException {
    reader.join(Math.max(1, waitMillis));
    synchronized (kept) {
      return kept.toString(StandardCharsets.UTF_8);
    }
  }
}
