package dev.akmatori.adapter.llm.tool.ssh;

import com.jcraft.jsch.ChannelExec;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.Session;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A command's exec channel and how to stop it before it ends by itself (timeout, cancellation).
 * For most logins sshd honours a {@code KILL} signal request, which it sends to the command's
 * process group. For a root login it refuses it (no unprivileged session child), so the command
 * reports its process group through a {@link ProcessGroupHeader} and {@link #stop} kills that group
 * from a second exec channel on the same session, waiting up to {@link #KILL_WAIT} for the report
 * (a command stopped just after it started may not have delivered it yet) and as long again for the
 * kill. Either way the channel is closed afterwards. Idempotent; callable from any thread.
 */
final class RunningCommand {
  /** How long a stop waits for the second channel's {@code kill} to finish. */
  static final Duration KILL_WAIT = Duration.ofSeconds(3);
  private static final Logger LOG = LoggerFactory.getLogger(RunningCommand.class);
  private static final long POLL_MILLIS = 10;

  private final Session session;
  private final ChannelExec channel;
  private final Optional<ProcessGroupHeader> header;

  RunningCommand(Session session, ChannelExec channel, Optional<ProcessGroupHeader> header) {
    this.session = session;
    this.channel = channel;
    this.header = header;
  }

  /** True for the logins whose commands need a {@link ProcessGroupHeader} to be stoppable. */
  static boolean signalsRefused(Session session) {
    return "root".equals(session.getUserName());
  }

  /** Best effort: kills the command's process group unless it has ended, then closes the channel. */
  void stop() {
    try {
      if (channel.isConnected() && !channel.isClosed()) {
        OptionalLong group = header.isPresent() ? header.get().awaitPgid(KILL_WAIT) : OptionalLong.empty();
        if (group.isPresent()) {
          killGroup(group.getAsLong());
        } else {
          channel.sendSignal("KILL");
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) { // JSch's sendSignal declares Exception; the channel is closed below anyway
      LOG.debug("stopping a remote command failed", e);
    }
    channel.disconnect();
  }

  /**
   * {@code kill -s KILL -- -<pgid>} in a second exec channel, in {@code sh} whatever root's shell
   * is; like sshd's own signal, this reaches every process of the group, those the command left in
   * the background included, not those that started a session of their own.
   */
  private void killGroup(long pgid) throws JSchException, InterruptedException {
    ChannelExec kill = (ChannelExec) session.openChannel("exec");
    try {
      kill.setCommand("sh -c 'kill -s KILL -- -" + pgid + "'");
      kill.setInputStream(new ByteArrayInputStream(new byte[0]));
      kill.connect((int) KILL_WAIT.toMillis());
      long deadline = System.nanoTime() + KILL_WAIT.toNanos();
      while (!kill.isClosed() && System.nanoTime() < deadline) {
        Thread.sleep(POLL_MILLIS);
      }
    } finally {
      kill.disconnect();
    }
  }
}
