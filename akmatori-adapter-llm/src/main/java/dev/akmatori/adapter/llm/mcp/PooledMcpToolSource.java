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
import io.modelcontextprotocol.spec.McpError;
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
    this.configs = configs;
    this.connector = connector;
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

  /** From the cache when listed less than 5 minutes ago with the same settings; one retry on a reused connection. */
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
      Lease lease = pool.acquire(ref.id(), server.spec(), deadline, cancellation);
      try {
        List<McpTool> tools = lease.connection().listTools(server.spec().namespacePrefix(), deadline, cancellation)
            .stream()
            .map(t -> new McpTool(t.name(), t.description(), t.inputSchema(), t.readOnly()))
            .collect(Collectors.toList());
        toolLists.put(ref.id(), settings, tools);
        return tools;
      } catch (McpUnavailableException e) {
        if (serverAnswered(e)) {
          throw e;
        }
        lease.retire();
        if (lease.fresh() || attempt > 1) {
          throw e;
        }
      } catch (CancellationException e) {
        lease.retire();
        throw e;
      } finally {
        lease.release();
      }
    }
  }

  @Override
  public Object callTool(
      McpServerRef ref, String toolName, Map<String, Object> arguments, Duration timeout, Cancellation cancellation) {
    Deadline deadline = Deadline.after(timeout);
    McpServer server = configs.find(new McpServerId(ref.id()))
        .orElseThrow(() -> new ToolCallException("MCP server '" + ref.name() + "' no longer exists"));
    Lease lease;
    try {
      lease = pool.acquire(ref.id(), server.spec(), deadline, cancellation);
    } catch (McpUnavailableException e) {
      throw new ToolCallException("MCP server '" + ref.name() + "' unavailable: " + e.reason(), e);
    }
    try {
      McpConnection connection = lease.connection();
      return CallResults.toResult(
          connection.callTool(toolName, arguments, deadline, cancellation), connection::redact);
    } catch (McpUnavailableException e) {
      if (!serverAnswered(e)) {
        lease.retire();
      }
      throw new ToolCallException("MCP server '" + ref.name() + "': " + e.reason(), e);
    } catch (CancellationException e) {
      lease.retire();
      throw e;
    } finally {
      lease.release();
    }
  }

  /** A JSON-RPC error answer: the server is fine, the request was not. */
  private static boolean serverAnswered(McpUnavailableException e) {
    return e.getCause() instanceof McpError;
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
