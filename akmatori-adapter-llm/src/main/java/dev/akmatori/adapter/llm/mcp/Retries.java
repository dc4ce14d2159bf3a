package dev.akmatori.adapter.llm.mcp;

import dev.akmatori.adapter.llm.http.Sleeper;
import dev.akmatori.application.mcp.McpUnavailableException;
import dev.akmatori.application.model.Cancellation;
import io.modelcontextprotocol.client.transport.McpHttpClientTransportAuthorizationException;
import io.modelcontextprotocol.spec.McpError;
import java.net.ConnectException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * When and how a server is tried again (contract §3.9: reconnected on failure, 3 tries with
 * backoff; ADR 0015), by the pooled source and by the one-shot listing of {@code GET …/tools}:
 * {@code waits.size() + 1} attempts, waiting {@code waits[i]} before attempt {@code i + 2}, never
 * past the operation's deadline, and stopping at once when its cancellation fires. Which failures
 * qualify is decided by the caller with {@link #definitive} and {@link #neverSent}.
 */
record Retries(List<Duration> waits, Sleeper sleeper) {
  /** Three attempts: 200 ms before the second, 400 ms before the third. */
  static final Retries DEFAULT =
      new Retries(List.of(Duration.ofMillis(200), Duration.ofMillis(400)), Sleeper.cancellable());

  Retries {
    waits = List.copyOf(waits);
  }

  int attempts() {
    return waits.size() + 1;
  }

  /**
   * After attempt {@code failed} failed: false when it was the last one or the deadline has passed;
   * otherwise waits the backoff (cut to what is left of the deadline) and returns true when time is
   * left for another attempt.
   *
   * @throws CancellationException when {@code cancellation} fired before or during the wait, or the
   *     thread was interrupted
   */
  boolean another(int failed, Deadline deadline, Cancellation cancellation) {
    if (failed >= attempts() || deadline.remainingNanos() == 0) {
      return false;
    }
    Duration wait = waits.get(failed - 1);
    Duration left = deadline.remaining();
    try {
      sleeper.sleep(wait.compareTo(left) < 0 ? wait : left, cancellation);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted while waiting to reconnect");
    }
    if (cancellation.isCancelled()) {
      throw new CancellationException("cancelled while waiting to reconnect");
    }
    return deadline.remainingNanos() > 0;
  }

  /** {@code reason}, and how many attempts it took when more than one. */
  static String reason(McpUnavailableException last, int attempts) {
    return attempts == 1 ? last.reason() : last.reason() + " (after " + attempts + " attempts)";
  }

  /** The server answered with a JSON-RPC error: it is fine, the request was not; never retried. */
  static boolean serverAnswered(Throwable failure) {
    Throwable cause = failure.getCause();
    return cause instanceof McpError && ((McpError) cause).getJsonRpcError() != null;
  }

  /**
   * A failure that another attempt cannot fix: the server's own error answer ({@link
   * #serverAnswered}), a stdio command that cannot be started ({@link UnstartableCommand}), or
   * credentials the HTTP server rejected (401/403). Everything else — refused or timed-out
   * connections, a child that exits during start-up, a broken stream — may be passing and is
   * retried while the deadline allows.
   */
  static boolean definitive(Throwable failure) {
    return serverAnswered(failure)
        || inChain(failure, UnstartableCommand.class, McpHttpClientTransportAuthorizationException.class);
  }

  /**
   * The request reached no server, so even a tool that is not idempotent may be called again: the
   * connection was found dead before sending or the write failed ({@link RequestNotSent}), or the
   * HTTP connection was refused. (An HTTP 404 for a session the server no longer knows would
   * qualify too, but the SDK reports it to the pending request only as a generic end of the
   * session, which cannot be told apart from a request the server may have run.)
   */
  static boolean neverSent(Throwable failure) {
    return inChain(failure, RequestNotSent.class, ConnectException.class);
  }

  /** Whether {@code failure} or one of its causes is one of {@code types}. */
  private static boolean inChain(Throwable failure, Class<?>... types) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      for (Class<?> type : types) {
        if (type.isInstance(t)) {
          return true;
        }
      }
    }
    return false;
  }
}
