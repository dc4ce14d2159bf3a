package dev.akmatori.application.investigation.agent;

import java.time.Duration;
import java.util.Objects;

/**
 * The agent loop's fixed limits (contract §5.4, §5.8); the per-run budgets (steps, tokens, wall
 * time) come with each {@code InvestigationRun}. Tests shorten the durations.
 *
 * @param callTimeout time limit of one function call unless the tool declares its own (5 min)
 * @param scriptTimeout time limit of {@code run_skill_script} (120 s)
 * @param scriptOutputCapBytes cap on each of a script's stdout and stderr (64 KiB)
 * @param mcpListBudget time each MCP server gets to list its tools when a run starts (10 s)
 * @param spillThreshold results whose JSON text is longer go to {@code tool_outputs/} (8,192)
 * @param spillPreview characters of a spilled result the model still gets (2,000)
 * @param eventOutputMax characters of output a {@code tool_call} event keeps (4,096)
 * @param identicalCallsAllowed identical calls that run before the repeat guard refuses (3)
 */
public record AgentLimits(
    Duration callTimeout,
    Duration scriptTimeout,
    int scriptOutputCapBytes,
    Duration mcpListBudget,
    int spillThreshold,
    int spillPreview,
    int eventOutputMax,
    int identicalCallsAllowed) {

  public AgentLimits {
    Objects.requireNonNull(callTimeout, "callTimeout");
    Objects.requireNonNull(scriptTimeout, "scriptTimeout");
    Objects.requireNonNull(mcpListBudget, "mcpListBudget");
    if (scriptOutputCapBytes < 1 || spillPreview < 0 || spillThreshold < spillPreview
        || eventOutputMax < 0 || identicalCallsAllowed < 1) {
      throw new IllegalArgumentException("invalid agent limits");
    }
  }

  /** The contract's values. */
  public static AgentLimits defaults() {
    return new AgentLimits(Duration.ofMinutes(5), Duration.ofSeconds(120), 64 * 1024,
        Duration.ofSeconds(10), 8192, 2000, 4096, 3);
  }

  public AgentLimits withCallTimeout(Duration timeout) {
    return new AgentLimits(timeout, scriptTimeout, scriptOutputCapBytes, mcpListBudget,
        spillThreshold, spillPreview, eventOutputMax, identicalCallsAllowed);
  }

  public AgentLimits withMcpListBudget(Duration budget) {
    return new AgentLimits(callTimeout, scriptTimeout, scriptOutputCapBytes, budget,
        spillThreshold, spillPreview, eventOutputMax, identicalCallsAllowed);
  }
}
