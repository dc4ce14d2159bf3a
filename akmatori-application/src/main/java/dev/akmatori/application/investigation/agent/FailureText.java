package dev.akmatori.application.investigation.agent;

import dev.akmatori.application.investigation.WorkspaceException;
import dev.akmatori.application.investigation.function.FunctionException;
import dev.akmatori.application.investigation.tool.ToolCallException;
import dev.akmatori.domain.shared.ValidationException;
import java.util.stream.Collectors;

/** The message an exception contributes to an error result or an {@code Internal error:} text. */
final class FailureText {
  private static final int MAX = 500;

  private FailureText() {}

  /** Failures a function reports on purpose; anything else is a bug or an outage worth logging. */
  static boolean isExpected(RuntimeException e) {
    return e instanceof FunctionException || e instanceof ToolCallException
        || e instanceof WorkspaceException || e instanceof ValidationException;
  }

  /** Expected failures give their message; anything else its type and message. */
  static String of(RuntimeException e) {
    if (e instanceof FunctionException || e instanceof ToolCallException || e instanceof WorkspaceException) {
      return String.valueOf(e.getMessage());
    }
    if (e instanceof ValidationException) {
      return "invalid arguments: " + ((ValidationException) e).details().entrySet().stream()
          .map(d -> d.getKey() + ": " + d.getValue())
          .collect(Collectors.joining("; "));
    }
    return summary(e);
  }

  /** {@code <SimpleName>: <message>}, cut to a readable length. */
  static String summary(Throwable e) {
    String message = e.getMessage();
    String text = e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    return text.length() > MAX ? text.substring(0, MAX) + "..." : text;
  }
}
