package dev.akmatori.application.investigation.tool;

import dev.akmatori.application.investigation.SecretRedactor;
import dev.akmatori.application.metrics.ToolCallMetrics;
import dev.akmatori.application.model.Cancellation;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The agent's way to external tools (contract §5.4): the allowlist rules, instance choice and write
 * switch for built-in and HTTP-connector tools, dispatch to the {@link ToolInvoker} of each
 * namespace, and the MCP servers' tools. Thread-safe; one {@link ToolSession} per run.
 */
public final class ToolGateway {
  private final ToolAllowlist allowlist;
  private final ToolInvokers invokers;
  private final McpToolSource mcp;
  private final ToolCallMetrics metrics;

  public ToolGateway(ToolAllowlist allowlist, ToolInvokers invokers, McpToolSource mcp) {
    this(allowlist, invokers, mcp, ToolCallMetrics.NONE);
  }

  /** As above, telling {@code metrics} about every call that ran: tool type, outcome, duration. */
  public ToolGateway(ToolAllowlist allowlist, ToolInvokers invokers, McpToolSource mcp, ToolCallMetrics metrics) {
    this.allowlist = allowlist;
    this.invokers = invokers;
    this.mcp = mcp;
    this.metrics = metrics;
  }

  /**
   * Starts a run's view of the tools: lists the enabled MCP servers' tools in parallel on {@code
   * executor}, each within {@code mcpBudget}; a server that fails or is too slow is reported to
   * {@code notices} and left out.
   *
   * @throws InterruptedException when the waiting thread is interrupted
   */
  public ToolSession open(
      Duration mcpBudget, Cancellation run, Executor executor, Consumer<String> notices,
      SecretRedactor redactor) throws InterruptedException {
    McpCatalogue catalogue = new McpCatalogueLoader(mcp).load(mcpBudget, run, executor, notices);
    return new ToolSession(allowlist, invokers, mcp, catalogue, redactor, metrics);
  }
}
