package dev.akmatori.adapter.llm.mcp;

import dev.akmatori.application.investigation.tool.McpServerRef;
import dev.akmatori.application.investigation.tool.McpTool;
import dev.akmatori.application.investigation.tool.McpToolSource;
import dev.akmatori.application.investigation.tool.ToolCallException;
import dev.akmatori.application.mcp.McpServerConfigs;
import dev.akmatori.application.mcp.McpUnavailableException;
import dev.akmatori.application.model.Cancellation;
import dev.akmatori.domain.mcp.McpServer;
import dev.akmatori.domain.mcp.McpServerId;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The investigation's MCP servers (contract §3.9, §5.4): one pooled connection per enabled server,
 * reused across runs, closed after 5 minutes idle and reopened on demand or when the server's
 * stored settings change; tool lists cached for 5 minutes; calls proxied one-to-one with the SDK.
 * A failed connect or transport is tried again up to 3 times in all, with backoff ({@link Retries};
 * a call only when its request reached no server; never a definitive failure).
 * Settings are read when a run starts ({@link #enabledServers}) and again at every call, secrets in
 * clear. {@link #close()} closes every connection (stdio process trees killed). Thread-safe.
 */
public final class PooledMcpToolSource implements McpToolSource, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(PooledMcpToolSource.class);
  static final Duration IDLE_TIMEOUT = Duration.ofMinutes(5);
  static final Duration TOOL_LIST_TTL = Duration.ofMinutes(5);
  /** A listing's own limit; the agent loop cancels it sooner (10 s). */
  static final Duration LIST_TIMEOUT = Duration.ofSeconds(30);
  static final Duration SWEEP_INTERVAL = Duration.ofSeconds(30);
  private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(10);

  private final McpServerConfigs configs;
  private final McpConnector connector;
  private final Retries retries;
  private final ExecutorService executor = Executors.newCachedThreadPool(Threads.factory("mcp-pool"));
  private final ScheduledExecutorService sweeper =
      Executors.newSingleThreadScheduledExecutor(Threads.factory("mcp-idle-sweeper"));
  private final McpConnectionPool pool;
  private final ToolListCache toolLists;
  private final Map<Long, McpServer> atRunStart = new ConcurrentHashMap<>();

  /** The production source: real servers, the system clock, the contract's 5-minute limits. */
  public PooledMcpToolSource(McpServerConfigs configs) {
    this(configs, new SdkMcpConnector(System.getenv()), Clock.systemUTC(), IDLE_TIMEOUT, SWEEP_INTERVAL);
  }

  PooledMcpToolSource(
      McpServerConfigs configs, McpConnector connector, Clock clock, Duration idleTimeout, Duration sweepInterval) {
    this(configs, connector, clock, idleTimeout, sweepInterval, Retries.DEFAULT);
  }

  PooledMcpToolSource(McpServerConfigs configs, McpConnector connector, Clock clock, Duration idleTimeout,
      Duration sweepInterval, Retries retries) {
    this.configs = configs;
    this.connector = connector;
    this.retries = retries;
    this.pool = new McpConnectionPool(connector, clock, idleTimeout, executor);
    this.toolLists = new ToolListCache(clock, TOOL_LIST_TTL);
    long every = sweepInterval.toMillis();
    sweeper.scheduleWithFixedDelay(this::sweepSafely, every, every, TimeUnit.MILLISECONDS);
  }

  @Override
  public List<McpServerRef> enabledServers() {
    List<McpServer> servers = configs.enabled();
    servers.forEach(server -> atRunStart.put(server.id().value(), server));
    atRunStart.keySet().retainAll(servers.stream().map(s -> s.id().value()).collect(Collectors.toSet()));
    return servers.stream()
        .map(s -> new McpServerRef(s.id().value(), s.spec().name(), s.spec().namespacePrefix()))
        .collect(Collectors.toList());
  }

  /**
   * From the cache when listed less than 5 minutes ago with the same settings; otherwise listed,
   * with up to 3 attempts on fresh connections when connecting or the transport fails (a listing
   * has no side effects). A definitive failure ({@link Retries#definitive}: an error answer, a
   * command that cannot start, rejected credentials) is not retried.
   */
  @Override
  public List<McpTool> listTools(McpServerRef ref, Cancellation cancellation) {
    McpServer server = Optional.ofNullable(atRunStart.get(ref.id()))
        .or(() -> configs.find(new McpServerId(ref.id())))
        .orElseThrow(() -> new McpUnavailableException("the server no longer exists"));
    ConnectionSettings settings = ConnectionSettings.of(server.spec());
    Optional<List<McpTool>> cached = toolLists.fresh(ref.id(), settings);
    if (cached.isPresent()) {
      return cached.get();
    }
    Deadline deadline = Deadline.after(LIST_TIMEOUT);
    for (int attempt = 1; ; attempt++) {
      try {
        List<McpTool> tools = listOnce(ref.id(), server, deadline, cancellation);
        toolLists.put(ref.id(), settings, tools);
        return tools;
      } catch (McpUnavailableException e) {
        if (Retries.definitive(e) || !mayRetry(attempt, deadline, cancellation)) {
          throw attempt == 1 ? e : new McpUnavailableException(Retries.reason(e, attempt), e);
        }
      }
    }
  }

  /** One connect-and-list; a connection that failed in transport or was given up is retired. */
  private List<McpTool> listOnce(long id, McpServer server, Deadline deadline, Cancellation cancellation) {
    Lease lease = pool.acquire(id, server.spec(), deadline, cancellation);
    try {
      return lease.connection().listTools(server.spec().namespacePrefix(), deadline, cancellation)
          .stream()
          .map(t -> new McpTool(t.name(), t.description(), t.inputSchema(), t.readOnly()))
          .collect(Collectors.toList());
    } catch (McpUnavailableException e) {
      if (!Retries.serverAnswered(e)) {
        lease.retire();
      }
      throw e;
    } catch (CancellationException e) {
      lease.retire();
      throw e;
    } finally {
      lease.release();
    }
  }

  /**
   * Proxies one call. Connecting is tried up to 3 times with backoff, and so is a call whose
   * request reached no server ({@link Retries#neverSent}); a call that failed after it may have been
   * sent is not repeated (the tool may not be idempotent) and is a tool error, as are the server's
   * own error answers and {@code isError} results.
   */
  @Override
  public Object callTool(
      McpServerRef ref, String toolName, Map<String, Object> arguments, Duration timeout, Cancellation cancellation) {
    Deadline deadline = Deadline.after(timeout);
    McpServer server = configs.find(new McpServerId(ref.id()))
        .orElseThrow(() -> new ToolCallException("MCP server '" + ref.name() + "' no longer exists"));
    for (int attempt = 1; ; attempt++) {
      try {
        return callOnce(ref, server, toolName, arguments, deadline, cancellation);
      } catch (McpUnavailableException notReached) {
        if (Retries.definitive(notReached) || !mayRetry(attempt, deadline, cancellation)) {
          throw new ToolCallException(
              "MCP server '" + ref.name() + "' unavailable: " + Retries.reason(notReached, attempt), notReached);
        }
      }
    }
  }

  /**
   * One connect-and-call.
   *
   * @throws McpUnavailableException when the request reached no server (connect failed, connection
   *     found dead): the caller may try again
   * @throws ToolCallException for every other failure
   */
  private Object callOnce(McpServerRef ref, McpServer server, String toolName, Map<String, Object> arguments,
      Deadline deadline, Cancellation cancellation) {
    Lease lease = pool.acquire(ref.id(), server.spec(), deadline, cancellation);
    try {
      McpConnection connection = lease.connection();
      return CallResults.toResult(
          connection.callTool(toolName, arguments, deadline, cancellation), connection::redact);
    } catch (McpUnavailableException e) {
      if (Retries.serverAnswered(e)) {
        throw new ToolCallException("MCP server '" + ref.name() + "': " + e.reason(), e);
      }
      lease.retire();
      if (Retries.neverSent(e)) {
        throw e;
      }
      throw new ToolCallException("MCP server '" + ref.name() + "': " + e.reason(), e);
    } catch (CancellationException e) {
      lease.retire();
      throw e;
    } finally {
      lease.release();
    }
  }

  /** Another attempt after {@code failed}, once the backoff has passed; never while shutting down. */
  private boolean mayRetry(int failed, Deadline deadline, Cancellation cancellation) {
    return !pool.isShutDown() && retries.another(failed, deadline, cancellation);
  }

  /** Servers with a connection or a connect in progress. */
  int connections() {
    return pool.size();
  }

  /** Sweeps idle connections now, as the scheduled sweeper does. */
  void sweep() {
    pool.sweep();
  }

  /** A failing sweep must not end the schedule (an exception would cancel it). */
  private void sweepSafely() {
    try {
      pool.sweep();
    } catch (RuntimeException e) {
      LOG.warn("Sweeping idle MCP connections failed", e);
    }
  }

  /** Closes every connection (stdio process trees killed) and stops the threads; idempotent. */
  @Override
  public void close() {
    sweeper.shutdownNow();
    pool.shutDown(SHUTDOWN_WAIT);
    connector.shutdown();
    executor.shutdownNow();
  }
}
