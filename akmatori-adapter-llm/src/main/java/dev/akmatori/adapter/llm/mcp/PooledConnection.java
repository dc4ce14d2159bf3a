package dev.akmatori.adapter.llm.mcp;

import dev.akmatori.application.investigation.CancellationSignal;
import dev.akmatori.application.mcp.McpUnavailableException;
import dev.akmatori.domain.mcp.McpServerSpec;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * One server's connection in the pool, from the moment someone asks for it: the connect in
 * progress (cancellable), then the open connection. The mutable fields are guarded by the pool.
 */
final class PooledConnection {
  final long serverId;
  final ConnectionSettings settings;
  final CompletableFuture<McpConnection> connection = new CompletableFuture<>();
  /** Fired to abandon the connect when nobody waits for it any more or the pool closes. */
  final CancellationSignal connecting = new CancellationSignal();

  int leases;
  Instant lastUsed;
  /** No new leases: settings changed, the server ended, a call was given up, idle, or shutdown. */
  boolean retired;
  boolean closing;

  PooledConnection(long serverId, ConnectionSettings settings, Instant now) {
    this.serverId = serverId;
    this.settings = settings;
    this.lastUsed = now;
  }

  /** Connects on {@code executor}; {@link #connection} completes with the outcome. */
  void start(McpConnector connector, McpServerSpec spec, Deadline deadline, Executor executor) {
    try {
      executor.execute(() -> {
        try {
          connection.complete(connector.connect(spec, deadline, connecting));
        } catch (RuntimeException e) {
          connection.completeExceptionally(e);
        }
      });
    } catch (RejectedExecutionException shuttingDown) {
      connection.completeExceptionally(new McpUnavailableException("the MCP client is shutting down"));
    }
  }

  /** True once the connect failed or the open connection's server ended. */
  boolean broken() {
    if (!connection.isDone()) {
      return false;
    }
    return connection.isCompletedExceptionally() || connection.join().ended().isDone();
  }

  boolean open() {
    return connection.isDone() && !connection.isCompletedExceptionally();
  }

  /**
   * Abandons the connect if it is still running and closes the connection once there is one, on
   * {@code executor}; completes when that is done (a stdio server's process tree is gone).
   */
  CompletableFuture<Void> close(Executor executor) {
    connecting.cancel();
    return connection.handleAsync((open, failed) -> {
      if (open != null) {
        open.close();
      }
      return null;
    }, executor);
  }
}
