package dev.akmatori.adapter.llm.mcp;

import dev.akmatori.application.mcp.McpUnavailableException;
import dev.akmatori.application.model.Cancellation;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Waiting for a pooled connect within a caller's deadline and cancellation. */
final class Waits {
  private Waits() {}

  /**
   * The connection once {@code connect} completes.
   *
   * @throws McpUnavailableException when the connect failed or {@code deadline} passed first
   * @throws CancellationException when {@code cancellation} fired first (or the thread was interrupted)
   */
  static McpConnection connection(
      CompletableFuture<McpConnection> connect, Deadline deadline, Cancellation cancellation) {
    if (connect.isDone() && !connect.isCompletedExceptionally() && !cancellation.isCancelled()) {
      return connect.join();
    }
    CompletableFuture<McpConnection> mine = new CompletableFuture<>();
    connect.whenComplete((open, failed) -> {
      if (failed == null) {
        mine.complete(open);
      } else {
        mine.completeExceptionally(failed);
      }
    });
    Cancellation.Registration abort = cancellation.onCancel(() -> mine.cancel(false));
    try {
      return mine.get(deadline.remainingNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      throw new McpUnavailableException(deadline.timedOut());
    } catch (CancellationException e) {
      throw new CancellationException("cancelled while connecting");
    } catch (ExecutionException e) {
      throw unavailable(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted while connecting");
    } finally {
      abort.close();
    }
  }

  private static McpUnavailableException unavailable(Throwable cause) {
    if (cause instanceof McpUnavailableException) {
      return (McpUnavailableException) cause;
    }
    if (cause instanceof CancellationException) {
      return new McpUnavailableException("connect abandoned", cause);
    }
    return new McpUnavailableException(Reasons.of(cause), cause);
  }
}
