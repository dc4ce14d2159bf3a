package dev.akmatori.adapter.llm.mcp;

import dev.akmatori.application.mcp.McpClient;
import dev.akmatori.application.mcp.McpUnavailableException;
import dev.akmatori.domain.mcp.McpServer;
import dev.akmatori.domain.mcp.McpServerSpec;
import dev.akmatori.domain.mcp.McpTool;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.spec.McpClientTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link McpClient} on the MCP Java SDK's synchronous client: one short session per call
 * ({@code initialize}, {@code notifications/initialized}, {@code tools/list} pages, close) under a
 * single deadline. A stdio server that exits early fails the call at once; whatever happens, its
 * process tree is stopped before the call returns. Thread-safe.
 */
public final class SdkMcpClient implements McpClient {
  private static final Logger LOG = LoggerFactory.getLogger(SdkMcpClient.class);
  private static final McpSchema.Implementation CLIENT =
      McpSchema.Implementation.builder("akmatori", "1.0").title("Akmatori").build();
  private static final Duration MAX_CONNECT = Duration.ofSeconds(10);
  private static final Duration CLOSE_WAIT = Duration.ofSeconds(2);

  private final McpJsonMapper mapper = McpJsonDefaults.getMapper();
  private final Map<String, String> hostEnvironment;
  private final ExecutorService workers = Executors.newCachedThreadPool(daemonThreads());

  /** A client whose stdio children inherit from this process's environment (the allowed part). */
  public SdkMcpClient() {
    this(System.getenv());
  }

  SdkMcpClient(Map<String, String> hostEnvironment) {
    this.hostEnvironment = Map.copyOf(hostEnvironment);
  }

  @Override
  public List<McpTool> listTools(McpServer server, Duration timeout) {
    McpServerSpec spec = server.spec();
    Redactor redactor = Redactor.of(spec);
    McpClientTransport transport = transport(spec, timeout, redactor);
    McpSyncClient client =
        io.modelcontextprotocol.client.McpClient.sync(transport)
            .requestTimeout(timeout)
            .initializationTimeout(timeout)
            .clientInfo(CLIENT)
            .build();
    CompletableFuture<List<McpTool>> result = new CompletableFuture<>();
    Future<?> work = workers.submit(() -> session(client, spec.namespacePrefix(), result));
    if (transport instanceof EndAware) {
      ((EndAware) transport).ended()
          .thenAccept(reason -> result.completeExceptionally(new McpUnavailableException(redactor.apply(reason))));
    }
    try {
      return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new McpUnavailableException(Reasons.timedOut(timeout));
    } catch (ExecutionException e) {
      throw new McpUnavailableException(redactor.apply(Reasons.of(e.getCause())), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new McpUnavailableException("interrupted");
    } finally {
      work.cancel(true);
      close(client, transport);
    }
  }

  private static void session(McpSyncClient client, String prefix, CompletableFuture<List<McpTool>> result) {
    try {
      client.initialize();
      result.complete(McpTools.listAll(client, prefix));
    } catch (RuntimeException e) {
      result.completeExceptionally(e);
    }
  }

  private McpClientTransport transport(McpServerSpec spec, Duration timeout, Redactor redactor) {
    if (spec.transport().isHttp()) {
      Duration connect = timeout.compareTo(MAX_CONNECT) < 0 ? timeout : MAX_CONNECT;
      return HttpTransports.create(spec, mapper, connect);
    }
    List<String> command = new ArrayList<>();
    command.add(spec.command());
    command.addAll(spec.args());
    Map<String, String> env = new LinkedHashMap<>();
    spec.envVars().forEach((key, value) -> env.put(key, value.reveal()));
    return new ChildProcessTransport(
        spec.name(), command, ChildEnvironment.of(hostEnvironment, env), mapper, redactor);
  }

  /**
   * A stdio transport is stopped directly (process tree, synchronously); HTTP sessions get a short,
   * bounded chance to close politely (streamable HTTP deletes its session).
   */
  private void close(McpSyncClient client, McpClientTransport transport) {
    if (transport instanceof ChildProcessTransport) {
      transport.close();
      closeQuietly(client);
      return;
    }
    Future<?> polite = workers.submit(client::closeGracefully);
    try {
      polite.get(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      closeQuietly(client);
    } catch (ExecutionException | TimeoutException e) {
      polite.cancel(true);
      closeQuietly(client);
    }
  }

  /** The SDK's close throws when no session was ever established; there is nothing to close then. */
  private static void closeQuietly(McpSyncClient client) {
    try {
      client.close();
    } catch (RuntimeException neverConnected) {
      LOG.debug("MCP client closed before it had a session", neverConnected);
    }
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return body -> {
      Thread thread = new Thread(body, "mcp-client-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
