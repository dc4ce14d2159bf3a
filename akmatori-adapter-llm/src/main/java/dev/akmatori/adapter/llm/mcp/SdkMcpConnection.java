package dev.akmatori.adapter.llm.mcp;

import dev.akmatori.application.mcp.McpUnavailableException;
import dev.akmatori.application.model.Cancellation;
import dev.akmatori.domain.mcp.McpTool;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpClientTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An {@link McpConnection} on the SDK's synchronous client. Each request blocks a worker thread
 * while the caller waits for the first of: the answer, its deadline, its cancellation, or the end
 * of the server (a stdio child that exits, a refused event stream), which fails every pending
 * request at once. The SDK cannot abort a request it sent; the pool closes the connection instead.
 */
final class SdkMcpConnection implements McpConnection {
  private static final Logger LOG = LoggerFactory.getLogger(SdkMcpConnection.class);
  private static final Duration CLOSE_WAIT = Duration.ofSeconds(2);

  private final McpSyncClient client;
  private final McpClientTransport transport;
  private final Redactor redactor;
  private final ExecutorService workers;
  private final CompletableFuture<String> ended = new CompletableFuture<>();
  private final Set<CompletableFuture<?>> pending = ConcurrentHashMap.newKeySet();

  SdkMcpConnection(McpSyncClient client, McpClientTransport transport, Redactor redactor, ExecutorService workers) {
    this.client = client;
    this.transport = transport;
    this.redactor = redactor;
    this.workers = workers;
    if (transport instanceof EndAware) {
      ((EndAware) transport).ended().thenAccept(this::serverEnded);
    }
  }

  private void serverEnded(String reason) {
    String safe = redactor.apply(reason);
    ended.complete(safe);
    boolean bySettings = ((EndAware) transport).endedByItsSettings();
    pending.forEach(request -> request.completeExceptionally(
        new McpUnavailableException(safe, bySettings ? new UnstartableCommand(safe) : null)));
  }

  /** Sends {@code initialize} and {@code notifications/initialized}; closes everything on failure. */
  void initialize(Deadline deadline, Cancellation cancellation) {
    try {
      await(client::initialize, deadline, cancellation);
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  @Override
  public List<McpTool> listTools(String namespacePrefix, Deadline deadline, Cancellation cancellation) {
    return await(() -> McpTools.listAll(client, namespacePrefix), deadline, cancellation);
  }

  @Override
  public McpSchema.CallToolResult callTool(
      String name, Map<String, Object> arguments, Deadline deadline, Cancellation cancellation) {
    McpSchema.CallToolRequest request = new McpSchema.CallToolRequest(name, arguments);
    return await(() -> client.callTool(request), deadline, cancellation);
  }

  private <T> T await(Supplier<T> work, Deadline deadline, Cancellation cancellation) {
    CompletableFuture<T> result = new CompletableFuture<>();
    pending.add(result);
    if (ended.isDone()) {
      // Found dead before sending (checked after joining pending, so an end cannot slip between).
      pending.remove(result);
      String reason = ended.getNow("");
      throw new McpUnavailableException(reason, new RequestNotSent(reason));
    }
    Future<?> task = workers.submit(() -> {
      try {
        result.complete(work.get());
      } catch (RuntimeException e) {
        result.completeExceptionally(e);
      }
    });
    Cancellation.Registration abort = cancellation.onCancel(() -> result.cancel(false));
    try {
      return result.get(deadline.remainingNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      throw new McpUnavailableException(deadline.timedOut());
    } catch (CancellationException e) {
      throw new CancellationException("MCP request cancelled");
    } catch (ExecutionException e) {
      // The SDK's own initialization timer is set to this deadline and may fire a moment before it.
      if (isTimeout(e.getCause())) {
        throw new McpUnavailableException(deadline.timedOut());
      }
      throw failure(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted");
    } finally {
      abort.close();
      pending.remove(result);
      task.cancel(true);
    }
  }

  private static boolean isTimeout(Throwable cause) {
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof TimeoutException) {
        return true;
      }
    }
    return false;
  }

  private RuntimeException failure(Throwable cause) {
    if (cause instanceof McpUnavailableException) {
      return (McpUnavailableException) cause;
    }
    return new McpUnavailableException(redactor.apply(Reasons.of(cause)), cause);
  }

  @Override
  public CompletableFuture<String> ended() {
    return ended;
  }

  @Override
  public String redact(String text) {
    return redactor.apply(text);
  }

  /**
   * A stdio server is stopped directly (process tree, synchronously); an HTTP session gets a short,
   * bounded chance to close politely (streamable HTTP deletes its session).
   */
  @Override
  public void close() {
    if (transport instanceof ChildProcessTransport) {
      transport.close();
      closeQuietly();
      return;
    }
    Future<?> polite = workers.submit(client::closeGracefully);
    try {
      polite.get(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      closeQuietly();
    } catch (ExecutionException | TimeoutException e) {
      polite.cancel(true);
      closeQuietly();
    }
  }

  /** The SDK's close throws when no session was ever established; there is nothing to close then. */
  private void closeQuietly() {
    try {
      client.close();
    } catch (RuntimeException neverConnected) {
      LOG.debug("MCP client closed before it had a session", neverConnected);
    }
  }
}
