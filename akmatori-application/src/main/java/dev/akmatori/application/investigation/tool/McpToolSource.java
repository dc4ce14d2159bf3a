package dev.akmatori.application.investigation.tool;

import dev.akmatori.application.model.Cancellation;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The enabled MCP servers and their tools (contract §3.9, §5.4), proxied one-to-one as {@code
 * <namespace_prefix>.<tool>}. Implemented by the MCP feature (connections, sessions, the 5-minute
 * tool-list cache). Thread-safe: the loop lists several servers in parallel.
 */
public interface McpToolSource {
  /** The enabled servers, ordered by id; read when a run starts. */
  List<McpServerRef> enabledServers();

  /**
   * The tools of {@code server}, from the cache when fresh, else by connecting and listing. The
   * caller gives each server a 10-second budget and fires {@code cancellation} when it runs out.
   *
   * @throws RuntimeException (unchecked) when the server cannot be reached or listed; its message
   *     is the reason in the {@code MCP server '<name>' unavailable: <reason>} notice
   */
  List<McpTool> listTools(McpServerRef server, Cancellation cancellation);

  /**
   * Calls remote tool {@code toolName} (the part after the first dot, which may itself hold dots).
   *
   * @return the result as JSON-like data; a single text content is unwrapped to a String
   * @throws ToolCallException when the server reports a tool error ({@code isError}) or the call
   *     fails; the message is shown to the model
   * @throws java.util.concurrent.CancellationException when {@code cancellation} fired
   */
  Object callTool(
      McpServerRef server, String toolName, Map<String, Object> arguments, Duration timeout,
      Cancellation cancellation);
}
