package dev.akmatori.app;

import dev.akmatori.adapter.llm.http.ModelTransports;
import dev.akmatori.adapter.llm.json.JacksonJsonCodec;
import dev.akmatori.adapter.llm.provider.ProviderChatModelFactory;
import dev.akmatori.adapter.llm.tool.BuiltinToolInvokers;
import dev.akmatori.adapter.llm.tool.SqlToolInvokers;
import dev.akmatori.adapter.llm.tool.ssh.SshToolInvoker;
import dev.akmatori.adapter.llm.tool.script.ProcessScriptRunner;
import dev.akmatori.adapter.persistence.PersistenceAdapter;
import dev.akmatori.application.investigation.IncidentWorkspace;
import dev.akmatori.application.investigation.RunInvestigation;
import dev.akmatori.application.investigation.agent.AgentLimits;
import dev.akmatori.application.investigation.agent.AgentLoop;
import dev.akmatori.application.investigation.agent.AgentThreads;
import dev.akmatori.application.investigation.function.AgentPorts;
import dev.akmatori.application.investigation.tool.ToolGateway;
import dev.akmatori.application.investigation.tool.ToolInvoker;
import dev.akmatori.application.investigation.tool.ToolInvokers;
import dev.akmatori.application.model.ActiveModelSettings;
import dev.akmatori.application.metrics.MetricsPorts;
import dev.akmatori.application.model.ChatModelFactory;
import dev.akmatori.application.model.MeasuredChatModelFactory;
import dev.akmatori.application.settings.RuntimeSettings;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * The agent loop's part of the graph (contract §5.4): the model factory for every configured
 * provider, the knowledge functions' ports, the tool gateway and the script runner.
 */
final class AgentLoopWiring {
  /** One connection pool for the process's outbound tool traffic. */
  private static final ModelTransports TRANSPORTS = new ModelTransports();

  private AgentLoopWiring() {}

  /**
   * What the loop is built from: the graph's stores and settings, the features' parts of the
   * agent's reach, and the call and timer threads all runs share.
   */
  record Parts(
      PersistenceAdapter persistence,
      IncidentWorkspace workspace,
      ActiveModelSettings models,
      RuntimeSettings runtime,
      AgentReach reach,
      MetricsPorts metrics,
      AgentThreads threads,
      Clock clock) {}

  static RunInvestigation create(Parts parts) {
    return create(parts, new ProviderChatModelFactory());
  }

  /**
   * The loop over {@code chatModels}; benchmarks and tests pass scripted models here. Model and tool
   * calls are reported to the parts' metrics.
   */
  static RunInvestigation create(Parts parts, ChatModelFactory chatModels) {
    return create(parts, chatModels, AgentLimits.defaults());
  }

  /**
   * As above within other {@code limits}: an end-to-end test on a loaded CI machine gives an
   * {@code npx} MCP server longer than the contract's 10 s to list its tools.
   */
  static RunInvestigation create(Parts parts, ChatModelFactory chatModels, AgentLimits limits) {
    AgentPorts ports =
        new AgentPorts(
            parts.persistence().runbooks(),
            parts.reach().skills(),
            parts.reach().contextFiles(),
            parts.workspace(),
            new ToolGateway(parts.reach().allowlist(), invokers(parts), parts.reach().mcp(), parts.metrics().tools()),
            new ProcessScriptRunner());
    return new AgentLoop(
        parts.models(),
        new MeasuredChatModelFactory(chatModels, parts.metrics().models()),
        ports,
        new JacksonJsonCodec(),
        parts.clock(),
        limits,
        parts.threads());
  }

  /** Every built-in type's invoker by type name, and the HTTP-connector tools. */
  private static ToolInvokers invokers(Parts parts) {
    Map<String, ToolInvoker> builtins = new HashMap<>(BuiltinToolInvokers.create(TRANSPORTS, parts.runtime()));
    builtins.putAll(SqlToolInvokers.create());
    builtins.put(SshToolInvoker.TYPE, parts.reach().ssh());
    return new ToolInvokers(builtins, parts.reach().httpConnectors());
  }
}
