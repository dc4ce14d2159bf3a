package dev.akmatori.application.investigation.function;

import dev.akmatori.application.model.FunctionSpec;
import java.time.Duration;
import java.util.Map;

/**
 * One function offered to the model (contract §5.4). The loop runs {@link #call} on a worker thread
 * under a per-call time limit, turns a return value into the function result and any exception into
 * an {@code {"error": "<message>"}} result, and records one {@code tool_call} event.
 */
public interface AgentFunction {
  /** The function's name and JSON-Schema parameters, as offered to the model. */
  FunctionSpec spec();

  default String name() {
    return spec().name();
  }

  /**
   * Runs the call.
   *
   * @return JSON-like data; a String is given to the model as plain text
   * @throws FunctionException (or {@code ToolCallException}, {@code WorkspaceException}) whose
   *     message is shown to the model; any other exception is reported as a failure too
   */
  Object call(Map<String, Object> arguments, CallContext context);

  /** The {@code tool_call} event's {@code name}: the function's own name unless it proxies a tool. */
  default String eventName(Map<String, Object> arguments) {
    return name();
  }

  /** The {@code tool_call} event's {@code arguments}: the call's own unless it proxies a tool. */
  default Map<String, Object> eventArguments(Map<String, Object> arguments) {
    return arguments;
  }

  /** The time limit of this call: {@code standard} (5 minutes) unless the function has its own. */
  default Duration timeout(Map<String, Object> arguments, Duration standard) {
    return standard;
  }
}
