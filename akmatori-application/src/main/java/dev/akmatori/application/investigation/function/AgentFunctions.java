package dev.akmatori.application.investigation.function;

import dev.akmatori.application.investigation.tool.ToolSession;
import java.time.Duration;
import java.util.List;

/** The eleven functions of contract §5.4, in the contract's order, for one run. */
public final class AgentFunctions {
  private AgentFunctions() {}

  /** The functions of a run whose tools are {@code tools}. */
  public static List<AgentFunction> forRun(
      AgentPorts ports, ToolSession tools, Duration scriptTimeout, int scriptOutputCapBytes) {
    return List.of(
        new SearchRunbooksFunction(ports.runbooks()),
        new GetRunbookFunction(ports.runbooks()),
        new ReadSkillFunction(ports.skills()),
        new ListContextFilesFunction(ports.contextFiles()),
        new ReadContextFileFunction(ports.contextFiles()),
        new ListToolsFunction(tools),
        new GetToolDetailFunction(tools),
        new CallToolFunction(tools),
        new RunSkillScriptFunction(
            ports.skills(), ports.scripts(), ports.workspace(), scriptTimeout, scriptOutputCapBytes),
        new ReadWorkspaceFileFunction(ports.workspace()),
        new WriteWorkspaceFileFunction(ports.workspace()));
  }
}
