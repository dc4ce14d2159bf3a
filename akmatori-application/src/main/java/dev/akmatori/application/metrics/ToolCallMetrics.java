package dev.akmatori.application.metrics;

import java.time.Duration;

/**
 * Observes every tool call the gateway ran: built-in and HTTP-connector operations under their tool
 * type name, MCP tools under {@code mcp}. Calls refused before they ran (unknown tool, instance not
 * allowed, write switch off) are not tool calls. Thread-safe, quick, never throws.
 */
public interface ToolCallMetrics {
  ToolCallMetrics NONE = new ToolCallMetrics() {};

  /** One call ended after {@code duration}. */
  default void toolCalled(String toolType, CallOutcome outcome, Duration duration) {}
}
