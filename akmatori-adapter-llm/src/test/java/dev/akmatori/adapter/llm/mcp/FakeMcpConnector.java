package dev.akmatori.adapter.llm.mcp;

import dev.akmatori.application.mcp.McpUnavailableException;
import dev.akmatori.application.model.Cancellation;
import dev.akmatori.domain.mcp.McpServerSpec;
import dev.akmatori.domain.mcp.McpTool;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * A scripted {@link McpConnector} for the pool's rules: every connect makes a {@link Connection}
 * that lists one tool and answers calls with a script; connects can be held until released or
 * fail. Records connects, listings, calls and closes. Thread-safe.
 */
final class FakeMcpConnector implements McpConnector {
  final List<Connection> connections = new CopyOnWriteArrayList<>();
  final List<Cancellation> connectCancellations = new CopyOnWriteArrayList<>();
  volatile CountDownLatch holdConnects = new CountDownLatch(0);
  /** Reasons the next connects fail with, one each, before {@link #connectFailure} applies. */
  final Queue<String> connectFailures = new ConcurrentLinkedQueue<>();
  volatile String connectFailure;
  volatile Function<String, McpSchema.CallToolResult> answers =
      tool -> new McpSchema.CallToolResult(List.of(new McpSchema.TextContent("ok:" + tool)), false, null, null);

  @Override
  public McpConnection connect(McpServerSpec spec, Deadline deadline, Cancellation cancellation) {
    connectCancellations.add(cancellation);
    CountDownLatch cancelled = new CountDownLatch(1);
    cancellation.onCancel(cancelled::countDown);
    try {
      while (!holdConnects.await(10, TimeUnit.MILLISECONDS)) {
        if (cancelled.getCount() == 0) {
          throw new CancellationException("connect cancelled");
        }
        if (deadline.remainingNanos() == 0) {
          throw new McpUnavailableException(deadline.timedOut());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException();
    }
    String failure = connectFailures.poll();
    if (failure != null || connectFailure != null) {
      throw new McpUnavailableException(failure != null ? failure : connectFailure);
    }
    Connection connection = new Connection(spec);
    connections.add(connection);
    return connection;
  }

  /** Connects that succeeded. */
  int connects() {
    return connections.size();
  }

  /** Connects that were started, failed ones included. */
  int connectAttempts() {
    return connectCancellations.size();
  }

  Connection last() {
    return connections.get(connections.size() - 1);
  }

  /** One fake session. */
  final class Connection implements McpConnection {
    final McpServerSpec spec;
    final List<String> calls = new CopyOnWriteArrayList<>();
    final CompletableFuture<String> ended = new CompletableFuture<>();
    volatile int listings;
    volatile int closes;
    volatile RuntimeException listFailure;
    volatile CountDownLatch holdCalls = new CountDownLatch(0);

    Connection(McpServerSpec spec) {
      this.spec = spec;
    }

    @Override
    public synchronized List<McpTool> listTools(String prefix, Deadline deadline, Cancellation cancellation) {
      listings++;
      if (listFailure != null) {
        throw listFailure;
      }
      return List.of(new McpTool(prefix, "echo", "Echoes", Map.of("type", "object"), true));
    }

    @Override
    public McpSchema.CallToolResult callTool(
        String name, Map<String, Object> arguments, Deadline deadline, Cancellation cancellation) {
      calls.add(name);
      CompletableFuture<Void> stop = new CompletableFuture<>();
      Cancellation.Registration abort = cancellation.onCancel(() -> stop.cancel(false));
      ended.thenRun(() -> stop.completeExceptionally(new McpUnavailableException("server ended")));
      CompletableFuture.runAsync(() -> awaitQuietly(holdCalls)).thenRun(() -> stop.complete(null));
      try {
        stop.get(deadline.remainingNanos(), TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        throw new McpUnavailableException(deadline.timedOut());
      } catch (ExecutionException e) {
        throw (RuntimeException) e.getCause();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new CancellationException();
      } finally {
        abort.close();
      }
      return answers.apply(name);
    }

    @Override
    public CompletableFuture<String> ended() {
      return ended;
    }

    @Override
    public String redact(String text) {
      return Redactor.of(spec).apply(text);
    }

    @Override
    public synchronized void close() {
      closes++;
    }

    boolean closed() {
      return closes > 0;
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
