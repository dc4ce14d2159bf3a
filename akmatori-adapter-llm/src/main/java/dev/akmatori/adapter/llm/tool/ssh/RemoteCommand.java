package dev.akmatori.adapter.llm.tool.ssh;

import com.jcraft.jsch.ChannelExec;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.Session;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CancellationException;

/**
 * Runs one command in an {@code exec} channel of a connected session: no stdin (a command that
 * reads it sees end of file), stdout and stderr kept up to the cap, and at the command timeout its
 * process group killed before the channel is closed ({@link RunningCommand}: a {@code KILL} signal
 * request, or for root logins, whose signal requests OpenSSH refuses, a {@code kill} of the group
 * the command reported in its {@link ProcessGroupHeader}).
 */
final class RemoteCommand {
  /** Output kept per stream. */
  static final int OUTPUT_CAP_BYTES = 64 * 1024;
  private static final long POLL_MILLIS = 20;

  /** What the command did; {@code exitCode} is null when it did not end by itself. */
  record Output(Integer exitCode, String stdout, String stderr, String error) {}

  private RemoteCommand() {}

  /**
   * Runs {@code command} and waits up to {@code timeout} for it to end.
   *
   * @throws SshFailure when the channel cannot be opened
   * @throws CancellationException when the waiting thread is interrupted (the channel is closed)
   */
  static Output run(Connection connection, String command, Duration timeout) throws SshFailure {
    CappedOutput stdout = new CappedOutput(OUTPUT_CAP_BYTES);
    CappedOutput stderr = new CappedOutput(OUTPUT_CAP_BYTES);
    long deadline = System.nanoTime() + timeout.toNanos();
    ChannelExec channel;
    RunningCommand running;
    Optional<ProcessGroupHeader> header = Optional.empty();
    try {
      Session session = connection.target();
      channel = (ChannelExec) session.openChannel("exec");
      if (RunningCommand.signalsRefused(session)) {
        header = Optional.of(new ProcessGroupHeader(stderr));
      }
      channel.setCommand(header.map(h -> h.wrap(command)).orElse(command));
      channel.setInputStream(new ByteArrayInputStream(new byte[0]));
      channel.setOutputStream(stdout, true);
      channel.setErrStream(header.isPresent() ? header.get() : stderr, true);
      running = new RunningCommand(session, channel, header);
      connection.running(running);
      channel.connect((int) Math.min(Integer.MAX_VALUE, timeout.toMillis()));
    } catch (JSchException | RuntimeException e) {
      throw new SshFailure("could not start the command: " + e.getMessage());
    }
    try {
      while (!channel.isClosed()) {
        if (System.nanoTime() >= deadline) {
          running.stop();
          return new Output(null, stdout.text(), stderrText(stderr, header),
              "command timed out after " + timeout.toSeconds() + " s");
        }
        Thread.sleep(POLL_MILLIS);
      }
    } catch (InterruptedException e) {
      running.stop();
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted while the command ran");
    }
    int exit = channel.getExitStatus();
    String signal = channel.getExitSignal();
    channel.disconnect();
    if (exit >= 0) {
      return new Output(exit, stdout.text(), stderrText(stderr, header), null);
    }
    String error = signal != null ? "command killed by signal " + signal : "the command ended without an exit status";
    return new Output(null, stdout.text(), stderrText(stderr, header), error);
  }

  /** Stderr as the command wrote it: a line still held back while looking for the header included. */
  private static String stderrText(CappedOutput stderr, Optional<ProcessGroupHeader> header) {
    if (header.isPresent()) {
      try {
        header.get().giveUp();
      } catch (IOException cannotHappen) { // CappedOutput does not throw
        throw new UncheckedIOException(cannotHappen);
      }
    }
    return stderr.text();
  }
}
