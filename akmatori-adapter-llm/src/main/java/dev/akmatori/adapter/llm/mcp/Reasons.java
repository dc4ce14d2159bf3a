package dev.akmatori.adapter.llm.mcp;

import dev.akmatori.application.mcp.McpUnavailableException;
import io.modelcontextprotocol.spec.McpError;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

/** Short, user-facing reasons for MCP failures, from the most specific cause in a chain. */
final class Reasons {
  private Reasons() {}

  static String of(Throwable failure) {
    Throwable root = failure;
    for (Throwable t = failure; t != null; t = t.getCause()) {
      String known = known(t);
      if (known != null) {
        return Threads.abbreviate(known);
      }
      root = t;
      if (t.getCause() == t) {
        break;
      }
    }
    String message = root.getMessage();
    return Threads.abbreviate(message == null || message.isBlank() ? root.getClass().getSimpleName() : message);
  }

  private static String known(Throwable t) {
    if (t instanceof McpUnavailableException) {
      return t.getMessage();
    }
    if (t instanceof McpError && ((McpError) t).getJsonRpcError() != null) {
      return "server error: " + ((McpError) t).getJsonRpcError().message();
    }
    if (t instanceof HttpConnectTimeoutException) {
      return "connection timed out";
    }
    if (t instanceof HttpTimeoutException || t instanceof TimeoutException) {
      return "request timed out";
    }
    if (t instanceof ConnectException) {
      return "connection refused";
    }
    if (t instanceof UnknownHostException) {
      return "unknown host " + t.getMessage();
    }
    return null;
  }

  /** {@code timed out after 30 s}, or in milliseconds below one second. */
  static String timedOut(Duration timeout) {
    return "timed out after "
        + (timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms");
  }
}
