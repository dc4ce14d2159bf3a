package dev.akmatori.application.investigation.tool;

import dev.akmatori.application.model.Cancellation;
import dev.akmatori.domain.tool.ToolOperation;
import dev.akmatori.domain.tool.ToolTypeDefinition;
import java.time.Duration;
import java.util.Map;

/**
 * Runs one operation of one tool type on an allowed instance: SSH, each built-in integration, and
 * one invoker for every HTTP connector. Implemented in akmatori-adapter-llm. The gateway has
 * already checked the allowlist, the write switch of built-in types and the arguments against the
 * operation's input schema. Thread-safe.
 */
public interface ToolInvoker {
  /**
   * Runs {@code operation} with {@code arguments} on {@code instance}.
   *
   * @return the result as JSON-like data (Map, List, String, Number, Boolean or null)
   * @throws ToolCallException when the target or the tool failed; the message (with the target's
   *     status and message where there is one) is shown to the model and must not hold secrets
   * @throws java.util.concurrent.CancellationException when {@code cancellation} fired; the
   *     invoker aborts its I/O (it fires at {@code timeout}, on cancel, on shutdown)
   */
  Object invoke(
      ToolTypeDefinition type,
      ToolOperation operation,
      AllowedInstance instance,
      Map<String, Object> arguments,
      Duration timeout,
      Cancellation cancellation);

  /**
   * How long a call on {@code instance} may take; {@code standard} (5 minutes) unless the tool has
   * its own limit (SSH: the instance's command timeout plus its connection timeout).
   */
  default Duration callTimeout(AllowedInstance instance, Duration standard) {
    return standard;
  }
}
