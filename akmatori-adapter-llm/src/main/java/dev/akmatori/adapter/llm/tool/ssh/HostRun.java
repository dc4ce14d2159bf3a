package dev.akmatori.adapter.llm.tool.ssh;

import dev.akmatori.domain.tool.SshCredential;
import dev.akmatori.domain.tool.ssh.ReadOnlyCommands;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One target of a call, start to finish: the read-only rules (before anything is sent), the key,
 * the connection (closed by {@code timer} if it takes longer than the connection timeout), then the
 * command under the command timeout. Every outcome is a {@link HostResult}; nothing escapes.
 */
final class HostRun {
  private static final Logger LOG = LoggerFactory.getLogger(HostRun.class);
  private final SshOperation operation;
  private final String command;
  private final SshSettings settings;
  private final List<SshCredential> keys;
  private final SshConnector connector;
  private final ScheduledExecutorService timer;
  private final Consumer<Connection> track;

  HostRun(SshOperation operation, String command, SshSettings settings, List<SshCredential> keys,
      SshConnector connector, ScheduledExecutorService timer, Consumer<Connection> track) {
    this.operation = operation;
    this.command = command;
    this.settings = settings;
    this.keys = keys;
    this.connector = connector;
    this.timer = timer;
    this.track = track;
  }

  HostResult run(Target target) {
    long start = System.nanoTime();
    if (target.host().isEmpty()) {
      return HostResult.failed(target.server(), target.error(), 0);
    }
    SshHost host = target.host().get();
    HostResult result;
    try {
      result = attempt(target.server(), host, start);
    } catch (SshFailure e) {
      result = HostResult.failed(target.server(), e.getMessage(), millisSince(start));
    } catch (RuntimeException e) {
      LOG.warn("ssh run on {} failed unexpectedly", target.server(), e);
      result = HostResult.failed(target.server(), "unexpected error: " + e.getClass().getSimpleName(), millisSince(start));
    }
    if (settings.debug()) {
      // Session details only: never the key, never the command's output.
      LOG.info("ssh {} on {} ({}@{}:{}{}): {} in {} ms", operation, target.server(), host.user(), host.address(),
          host.port(), host.jump().map(j -> " via " + j.user() + "@" + j.address() + ":" + j.port()).orElse(""),
          result.success() ? "ok, exit " + result.exitCode() : "failed: " + result.error(), result.durationMs());
    }
    return result;
  }

  private HostResult attempt(String server, SshHost host, long start) throws SshFailure {
    if (operation == SshOperation.EXECUTE_COMMAND && !host.allowWrite()) {
      Optional<String> refusal = ReadOnlyCommands.refusal(command);
      if (refusal.isPresent()) {
        throw new SshFailure(refusal.get());
      }
    }
    if (host.address().isBlank()) {
      throw new SshFailure("host '" + host.hostname() + "' has no address");
    }
    SshCredential key = KeySelection.select(host, keys);
    try (Connection connection = new Connection()) {
      track.accept(connection);
      connect(connection, host, key);
      if (command == null) {
        return new HostResult(server, true, null, "", "", null, millisSince(start));
      }
      RemoteCommand.Output out = RemoteCommand.run(connection, command, settings.commandTimeout());
      if (connection.isClosed()) {
        throw new SshFailure("connection aborted");
      }
      boolean success = out.error() == null && Integer.valueOf(0).equals(out.exitCode());
      return new HostResult(server, success, out.exitCode(), out.stdout(), out.stderr(), out.error(), millisSince(start));
    }
  }

  private void connect(Connection connection, SshHost host, SshCredential key) throws SshFailure {
    long timeout = settings.connectionTimeout().toMillis();
    AtomicBoolean late = new AtomicBoolean();
    ScheduledFuture<?> alarm = timer.schedule(() -> {
      late.set(true);
      connection.close();
    }, timeout, TimeUnit.MILLISECONDS);
    try {
      connector.open(connection, host, key, settings, (int) timeout);
    } catch (SshFailure e) {
      if (late.get()) {
        throw new SshFailure("connection to " + SshConnector.token(host.address(), host.port())
            + " timed out after " + settings.connectionTimeout().toSeconds() + " s");
      }
      throw e;
    } finally {
      alarm.cancel(false);
    }
  }

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
