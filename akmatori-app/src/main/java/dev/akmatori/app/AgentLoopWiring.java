package dev.akmatori.app;

import dev.akmatori.adapter.llm.json.JacksonJsonCodec;
import dev.akmatori.adapter.llm.provider.ProviderChatModelFactory;
import dev.akmatori.adapter.llm.tool.script.ProcessScriptRunner;
import dev.akmatori.adapter.persistence.PersistenceAdapter;
import dev.akmatori.application.investigation.IncidentWorkspace;
import dev.akmatori.application.investigation.RunInvestigation;
import dev.akmatori.application.investigation.agent.AgentLimits;
import dev.akmatori.application.investigation.agent.AgentLoop;
import dev.akmatori.application.investigation.context.ContextLibrary;
import dev.akmatori.application.investigation.function.AgentPorts;
import dev.akmatori.application.investigation.skill.SkillLibrary;
import dev.akmatori.application.investigation.tool.McpToolSource;
import dev.akmatori.application.investigation.tool.ToolAllowlist;
import dev.akmatori.application.investigation.tool.ToolGateway;
import dev.akmatori.application.investigation.tool.ToolInvokers;
import dev.akmatori.application.model.ActiveModelSettings;
import dev.akmatori.application.model.ChatModelFactory;
import java.time.Clock;

/**
 * The agent loop's part of the graph (contract §5.4): the model factory for every configured
 * provider, the knowledge functions' ports, the tool gateway and the script runner.
 */
final class AgentLoopWiring {
  private AgentLoopWiring() {}

  /**
   * What the loop is built from. {@code skills}, {@code contextFiles}, {@code allowlist}, {@code
   * invokers} and {@code mcp} come from their features' wiring.
   */
  record Parts(
      PersistenceAdapter persistence,
      IncidentWorkspace workspace,
      ActiveModelSettings models,
      SkillLibrary skills,
      ContextLibrary contextFiles,
      ToolAllowlist allowlist,
      ToolInvokers invokers,
      McpToolSource mcp,
      Clock clock) {}

  static RunInvestigation create(Parts parts) {
    return create(parts, new ProviderChatModelFactory());
  }

  /** The loop over {@code chatModels}; benchmarks and tests pass scripted models here. */
  static RunInvestigation create(Parts parts, ChatModelFactory chatModels) {
    AgentPorts ports =
        new AgentPorts(
            parts.persistence().runbooks(),
            parts.skills(),
            parts.contextFiles(),
            parts.workspace(),
            new ToolGateway(parts.allowlist(), parts.invokers(), parts.mcp()),
            new ProcessScriptRunner());
    return new AgentLoop(
        parts.models(),
        chatModels,
        ports,
        new JacksonJsonCodec(),
        parts.clock(),
        AgentLimits.defaults());
  }
}
