package dev.akmatori.adapter.llm.tool.ssh;

import com.jcraft.jsch.JSchException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Turns what JSch throws while connecting into a short reason for the model. JSch's messages
 * never hold key material; these reasons hold no more than host names, ports and users.
 */
final class Failures {
  private Failures() {}

  static String describe(Exception e, HostKeyCheck hostKeys, String hostToken, String user) {
    switch (hostKeys.verdict()) {
      case UNKNOWN:
        return "host key verification failed: " + hostToken + " is not in known_hosts (policy strict)";
      case CHANGED:
        return "host key verification failed: the host key of " + hostToken
            + " differs from the one in known_hosts (possible man-in-the-middle attack)";
      case REVOKED:
        return "host key verification failed: the host key of " + hostToken + " is revoked";
      default:
        break;
    }
    Throwable cause = rootCause(e);
    if (cause instanceof UnknownHostException) {
      return "unknown host " + hostToken;
    }
    if (cause instanceof ConnectException) {
      return "connection refused by " + hostToken;
    }
    if (cause instanceof NoRouteToHostException) {
      return "no route to " + hostToken;
    }
    String message = String.valueOf(e.getMessage());
    String lower = message.toLowerCase(Locale.ROOT);
    if (cause instanceof SocketTimeoutException || lower.contains("timeout")) {
      return "connection to " + hostToken + " timed out";
    }
    if (lower.startsWith("auth fail") || lower.startsWith("auth cancel")) {
      return "authentication failed for user '" + user + "' on " + hostToken;
    }
    if (lower.contains("privatekey")) {
      return "the SSH private key could not be used";
    }
    if (e instanceof JSchException && lower.contains("closed by foreign host")) {
      return "connection closed by " + hostToken;
    }
    return hostToken + ": " + message;
  }

  private static Throwable rootCause(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }
}
