package dev.akmatori.adapter.llm.tool.ssh;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a command of a root login tells us its process group, so that it can be killed at the
 * timeout (ADR 0014). OpenSSH honours a channel's {@code signal} request only where the session
 * runs in an unprivileged child, which a root login never does; but sshd starts every command as a
 * session leader ({@code setsid}), so the login shell's pid is the group to kill. {@link #wrap}
 * puts one line before the user's command that writes {@code akmatori-pgid-<nonce> <pid>} to
 * stderr; this stream takes that line out of stderr (everything else passes through unchanged, a
 * shell start-up file's output before it included) and keeps the pid.
 *
 * <p>The line runs in {@code sh -c '…'} rather than in the login shell itself, so that its syntax
 * is the same whatever root's shell is (csh would read {@code >&2} as "both streams to file 2");
 * {@code $PPID} there is the login shell. The nonce is random per command, so the command's own
 * output cannot be mistaken for the header. Thread-safe (JSch's session thread writes here).
 */
final class ProcessGroupHeader extends OutputStream {
  /** Where to give up looking: the header comes before the user's command writes anything. */
  static final int SCAN_LIMIT = 16 * 1024;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String marker;
  private final Pattern line;
  private final OutputStream stderr;
  private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
  private boolean scanning = true; // guarded by this
  private int scanned; // guarded by this
  private long pgid = -1; // guarded by this

  /** A header with a fresh random nonce, passing the rest of stderr to {@code stderr}. */
  ProcessGroupHeader(OutputStream stderr) {
    byte[] nonce = new byte[16];
    RANDOM.nextBytes(nonce);
    this.marker = "akmatori-pgid-" + HexFormat.of().formatHex(nonce);
    this.line = Pattern.compile(Pattern.quote(marker) + " ([0-9]{1,10})");
    this.stderr = stderr;
  }

  /**
   * {@code command} after the header line. The user's command is appended as it is (the read-only
   * rules have already seen exactly that text); {@code ;} keeps it on the shell's first line, so
   * its own line numbers stay as they were.
   */
  String wrap(String command) {
    return "sh -c 'echo " + marker + " $PPID >&2'; " + command;
  }

  /** The command's process group once its header line arrived. */
  synchronized OptionalLong pgid() {
    return pgid > 0 ? OptionalLong.of(pgid) : OptionalLong.empty();
  }

  /**
   * The process group, waiting up to {@code timeout} for its line: a command stopped right after it
   * started may not have had its header delivered yet. Empty at once when the header was given up.
   */
  synchronized OptionalLong awaitPgid(Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    for (long left = timeout.toNanos(); pgid <= 0 && scanning && left > 0; left = end - System.nanoTime()) {
      TimeUnit.NANOSECONDS.timedWait(this, left);
    }
    return pgid();
  }

  @Override
  public synchronized void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public synchronized void write(byte[] b, int off, int len) throws IOException {
    int i = off;
    int end = off + len;
    while (scanning && i < end) {
      byte next = b[i++];
      scanned++;
      if (next == '\n') {
        endOfLine();
      } else {
        pending.write(next);
        if (scanned >= SCAN_LIMIT) {
          giveUp();
        }
      }
    }
    if (i < end) {
      stderr.write(b, i, end - i);
    }
  }

  private void endOfLine() throws IOException {
    Matcher header = line.matcher(pending.toString(StandardCharsets.UTF_8));
    if (header.matches()) {
      long group = Long.parseLong(header.group(1));
      // Never group 1 (or 0): `kill -- -1` as root would signal every process of the host.
      pgid = group > 1 ? group : -1;
      scanning = false;
      notifyAll();
    } else {
      pending.writeTo(stderr); // the bytes as they came, not re-encoded
      stderr.write('\n');
      scanning = scanned < SCAN_LIMIT;
      notifyAll();
    }
    pending.reset();
  }

  /** Passes on what is held back; called at the limit and before stderr is read. */
  synchronized void giveUp() throws IOException {
    scanning = false;
    notifyAll();
    pending.writeTo(stderr);
    pending.reset();
  }
}
