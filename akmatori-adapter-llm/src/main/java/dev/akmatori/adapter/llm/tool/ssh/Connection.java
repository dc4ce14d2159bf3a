package dev.akmatori.adapter.llm.tool.ssh;

import com.jcraft.jsch.Session;
import java.util.ArrayList;
import java.util.List;

/**
 * The sessions of one target (the jump host's, then the target's) and its running command.
 * Closing it — when the call is done, at the connection deadline or on cancellation, from any
 * thread — kills the command's process group (sshd does not stop a command whose client went
 * away; see {@link RunningCommand}) and disconnects every session; a session added after that is
 * refused. Thread-safe.
 */
final class Connection implements AutoCloseable {
  private final List<Session> sessions = new ArrayList<>();
  private boolean closed;
  private RunningCommand command;

  /** Tracks {@code session}; false (and disconnects it) when the connection is already closed. */
  synchronized boolean add(Session session) {
    if (closed) {
      session.disconnect();
      return false;
    }
    sessions.add(session);
    return true;
  }

  /** The target's session: the last one added. */
  synchronized Session target() {
    return sessions.get(sessions.size() - 1);
  }

  /** The command that {@link #close} must stop. */
  synchronized void running(RunningCommand running) {
    command = running;
  }

  synchronized boolean isClosed() {
    return closed;
  }

  @Override
  public void close() {
    List<Session> toClose;
    RunningCommand running;
    synchronized (this) {
      closed = true;
      toClose = new ArrayList<>(sessions);
      running = command;
    }
    if (running != null) {
      running.stop();
    }
    // Target first: its channel rides on the jump session.
    for (int i = toClose.size() - 1; i >= 0; i--) {
      toClose.get(i).disconnect();
    }
  }
}
