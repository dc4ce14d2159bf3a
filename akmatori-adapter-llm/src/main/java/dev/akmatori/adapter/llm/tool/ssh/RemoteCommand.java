package dev.akmatori.adapter.llm.tool.ssh;

import com.jcraft.jsch.ChannelExec;
import com.jcraft.jsch.JSchException;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.concurrent.CancellationException;

/**
 * Runs one command in an {@code exec} channel of a connected session: no stdin (a command that
 * reads it sees end of file), stdout and stderr kept up to the cap, and at the command timeout a
 * {@code KILL} signal before the channel is closed. OpenSSH honours the signal for non-root logins
 * only; otherwise the closed session ends the command at its next write (SIGPIPE), and a command
 * that never writes runs on until it ends by itself.
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
    try {
      channel = (ChannelExec) connection.target().openChannel("exec");
      channel.setCommand(command);
      channel.setInputStream(new ByteArrayInputStream(new byte[0]));
      channel.setOutputStream(stdout, true);
      channel.setErrStream(stderr, true);
      connection.running(channel);
      channel.connect((int) Math.min(Integer.MAX_VALUE, timeout.toMillis()));
    } catch (JSchException | RuntimeException e) {
      throw new SshFailure("could not start the command: " + e.getMessage());
    }
    try {
      while (!channel.isClosed()) {
        if (System.nanoTime() >= deadline) {
          kill(channel);
          return new Output(null, stdout.text(), stderr.text(),
              "command timed out after " + timeout.toSeconds() + " s");
        }
        Thread.sleep(POLL_MILLIS);
      }
    } catch (InterruptedException e) {
      kill(channel);
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted while the command ran");
    }
    int exit = channel.getExitStatus();
    String signal = channel.getExitSignal();
    channel.disconnect();
    if (exit >= 0) {
      return new Output(exit, stdout.text(), stderr.text(), null);
    }
    String error = signal != null ? "command killed by signal " + signal : "the command ended without an exit status";
    return new Output(null, stdout.text(), stderr.text(), error);
  }

  /** Best effort: a {@code KILL} for the command's process group, then the channel closes. */
  static void kill(ChannelExec channel) {
    try {
      if (channel.isConnected() && !channel.isClosed()) {
        channel.sendSignal("KILL");
      }
    } catch (Exception e) { // JSch declares Exception; the channel is closed below anyway
      // best effort: older servers ignore signal requests
    }
    channel.disconnect();
  }
}
