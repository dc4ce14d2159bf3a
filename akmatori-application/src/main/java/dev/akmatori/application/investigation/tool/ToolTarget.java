package dev.akmatori.application.investigation.tool;

import dev.akmatori.application.model.Cancellation;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** A {@code call_tool} name resolved to what will run it: an allowed instance or an MCP server. */
public interface ToolTarget {
  /** The logical name of the instance used; empty for MCP tools. */
  Optional<String> instance();

  /** The time limit of a call: {@code standard} unless the tool declares its own (SSH). */
  Duration timeout(Duration standard);

  /**
   * Checks the arguments and runs the call.
   *
   * @throws ToolCallException for invalid arguments, a refused write or a failed call
   * @throws java.util.concurrent.CancellationException when {@code cancellation} fired
   */
  Object invoke(Map<String, Object> arguments, Duration timeout, Cancellation cancellation);
}
