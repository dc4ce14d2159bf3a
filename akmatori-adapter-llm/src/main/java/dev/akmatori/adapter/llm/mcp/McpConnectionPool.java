package dev.akmatori.adapter.llm.mcp;

import dev.akmatori.application.investigation.DurationText;
import dev.akmatori.application.mcp.McpUnavailableException;
import dev.akmatori.application.model.Cancellation;
import dev.akmatori.domain.mcp.McpServerSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At most one live connection per MCP server (contract §3.9), shared by every run and reused across
 * runs. Callers lease it; concurrent callers of a server being connected wait for the same connect,
 * which is abandoned (its process killed) when the last of them gives up. A connection is retired —
 * no new leases, closed once the last lease is returned — when its stored settings change, its
 * server ends, a request on it is given up (the SDK cannot abort one), or it has been idle for the
 * idle timeout ({@link #sweep}). Closing runs on {@code executor}. Thread-safe.
 */
final class McpConnectionPool {
  private static final Logger LOG = LoggerFactory.getLogger(McpConnectionPool.class);
  /** A connect never takes longer than this, whatever the caller's own budget. */
  static final Duration MAX_CONNECT = Duration.ofSeconds(30);

  private final McpConnector connector;
  private final Clock clock;
  private final Duration idleTimeout;
  private final Executor executor;
  private final Map<Long, PooledConnection> current = new HashMap<>(); // guarded by this
  private final Set<PooledConnection> unclosed = new LinkedHashSet<>(); // guarded by this
  private final Set<CompletableFuture<Void>> closings = ConcurrentHashMap.newKeySet();
  private boolean shutDown; // guarded by this

  McpConnectionPool(McpConnector connector, Clock clock, Duration idleTimeout, Executor executor) {
    this.connector = connector;
    this.clock = clock;
    this.idleTimeout = idleTimeout;
    this.executor = executor;
  }

  /**
   * A lease on the connection of server {@code serverId} with settings {@code spec} (secrets in
   * clear), connecting first when there is none; release it in a {@code finally}.
   *
   * @throws McpUnavailableException when the connect fails or {@code deadline} passes first
   * @throws CancellationException when {@code cancellation} fires first
   */
  Lease acquire(long serverId, McpServerSpec spec, Deadline deadline, Cancellation cancellation) {
    ConnectionSettings settings = ConnectionSettings.of(spec);
    List<PooledConnection> toClose = new ArrayList<>();
    PooledConnection pooled;
    boolean start = false;
    synchronized (this) {
      if (shutDown) {
        throw new McpUnavailableException("the MCP client is shutting down");
      }
      pooled = current.get(serverId);
      if (pooled != null && (!pooled.settings.equals(settings) || pooled.broken())) {
        retire(pooled, toClose);
        pooled = null;
      }
      if (pooled == null) {
        pooled = new PooledConnection(serverId, settings, clock.instant());
        current.put(serverId, pooled);
        unclosed.add(pooled);
        start = true;
      }
      pooled.leases++;
    }
    closeAll(toClose);
    try {
      if (start) {
        connect(pooled, spec, deadline.atMost(MAX_CONNECT));
      }
      return new Lease(this, pooled, Waits.connection(pooled.connection, deadline, cancellation));
    } catch (RuntimeException e) {
      release(pooled);
      throw e;
    }
  }

  private void connect(PooledConnection pooled, McpServerSpec spec, Deadline deadline) {
    pooled.start(connector, spec, deadline, executor);
    pooled.connection.whenComplete((open, failed) -> {
      if (failed != null) {
        forget(pooled);
      } else {
        LOG.info("MCP server '{}' connected", spec.name());
        open.ended().thenRun(() -> forget(pooled));
      }
    });
  }

  /** Takes a failed or ended connection out of use; it is closed once no lease is out. */
  private void forget(PooledConnection pooled) {
    List<PooledConnection> toClose = new ArrayList<>();
    synchronized (this) {
      retire(pooled, toClose);
    }
    closeAll(toClose);
  }

  /** Retires the connection of a lease whose request was given up or failed in transport. */
  void retire(PooledConnection pooled) {
    forget(pooled);
  }

  void release(PooledConnection pooled) {
    List<PooledConnection> toClose = new ArrayList<>();
    synchronized (this) {
      pooled.leases--;
      pooled.lastUsed = clock.instant();
      if (pooled.leases == 0 && !pooled.connection.isDone()) {
        retire(pooled, toClose); // nobody waits for this connect any more: abandon it
      } else if (pooled.leases == 0 && pooled.retired) {
        closeLater(pooled, toClose);
      }
    }
    closeAll(toClose);
  }

  /** Retires and closes every open connection unused for the idle timeout. */
  void sweep() {
    Instant now = clock.instant();
    List<PooledConnection> toClose = new ArrayList<>();
    synchronized (this) {
      for (PooledConnection pooled : List.copyOf(current.values())) {
        boolean idle = Duration.between(pooled.lastUsed, now).compareTo(idleTimeout) >= 0;
        if (pooled.leases == 0 && pooled.open() && idle) {
          LOG.info("MCP server '{}' idle for {}; closing its connection", pooled.settings.name(),
              DurationText.of(idleTimeout));
          retire(pooled, toClose);
        }
      }
    }
    closeAll(toClose);
  }

  private void retire(PooledConnection pooled, List<PooledConnection> toClose) {
    pooled.retired = true;
    current.remove(pooled.serverId, pooled);
    if (pooled.leases == 0) {
      closeLater(pooled, toClose);
    }
  }

  private void closeLater(PooledConnection pooled, List<PooledConnection> toClose) {
    if (!pooled.closing) {
      pooled.closing = true;
      unclosed.remove(pooled);
      toClose.add(pooled);
    }
  }

  private void closeAll(List<PooledConnection> toClose) {
    for (PooledConnection pooled : toClose) {
      CompletableFuture<Void> closed = pooled.close(executor);
      closings.add(closed);
      closed.whenComplete((ok, failed) -> closings.remove(closed));
    }
  }

  /** True once {@link #shutDown} began: every acquire fails from then on. */
  synchronized boolean isShutDown() {
    return shutDown;
  }

  /** The number of servers with a connection or a connect in progress. */
  synchronized int size() {
    return current.size();
  }

  /**
   * Closes every connection, leased or not (their requests fail), and waits up to {@code wait} for
   * all closes to finish; later acquires fail.
   */
  void shutDown(Duration wait) {
    List<PooledConnection> toClose = new ArrayList<>();
    synchronized (this) {
      shutDown = true;
      current.clear();
      List.copyOf(unclosed).forEach(pooled -> {
        pooled.retired = true;
        closeLater(pooled, toClose);
      });
    }
    closeAll(toClose);
    try {
      CompletableFuture.allOf(closings.toArray(CompletableFuture[]::new)).get(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      LOG.warn("MCP connections not all closed within {}: {}", wait, e.toString());
    }
  }
}
