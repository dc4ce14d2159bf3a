package dev.akmatori.adapter.llm.mcp;

import dev.akmatori.application.mcp.McpUnavailableException;
import dev.akmatori.application.model.Cancellation;
import dev.akmatori.domain.mcp.McpTool;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * An initialised session with one MCP server, usable by several callers at once. Every request
 * ends by its deadline: with the answer, an {@link McpUnavailableException} (its reason is short,
 * secrets masked; when the server answered with a JSON-RPC error its cause is the SDK's {@code
 * McpError}) or a {@link java.util.concurrent.CancellationException} when {@code cancellation}
 * fired. A request that was given up may still be running on the server.
 */
interface McpConnection {
  /** Every tool (all pages), under {@code namespacePrefix}. */
  List<McpTool> listTools(String namespacePrefix, Deadline deadline, Cancellation cancellation);

  /** {@code tools/call}; an {@code isError} result is a result, not an exception. */
  McpSchema.CallToolResult callTool(
      String name, Map<String, Object> arguments, Deadline deadline, Cancellation cancellation);

  /** Completes with a short reason once the server is gone for good (process exited, stream lost). */
  CompletableFuture<String> ended();

  /** Masks this server's secrets in text it produced. */
  String redact(String text);

  /** Ends the session; a stdio server's whole process tree is gone when this returns. Idempotent. */
  void close();
}
