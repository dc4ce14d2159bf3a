package dev.akmatori.adapter.llm.tool.ssh;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Keeps the first {@code cap} bytes written to it and counts the rest, so a chatty command can
 * neither fill the heap nor stall the session (JSch's session thread writes here directly).
 * Thread-safe.
 */
final class CappedOutput extends OutputStream {
  private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
  private final int cap;
  private long dropped;

  CappedOutput(int cap) {
    this.cap = cap;
  }

  @Override
  public synchronized void write(int b) {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public synchronized void write(byte[] b, int off, int len) {
    int room = Math.max(0, cap - kept.size());
    kept.write(b, off, Math.min(room, len));
    dropped += Math.max(0, len - room);
  }

  /** What was kept as UTF-8, with a note of how much was dropped past the cap. */
  synchronized String text() {
    String text = kept.toString(StandardCharsets.UTF_8);
    return dropped == 0 ? text : text + "\n[output truncated: " + dropped + " more bytes not shown]";
  }
}
