package dev.akmatori.application.investigation.function;

import dev.akmatori.application.investigation.IncidentWorkspace;
import dev.akmatori.application.investigation.context.ContextLibrary;
import dev.akmatori.application.investigation.script.ScriptRunner;
import dev.akmatori.application.investigation.skill.SkillLibrary;
import dev.akmatori.application.investigation.tool.ToolGateway;
import dev.akmatori.application.runbook.RunbookRepository;
import java.util.Objects;

/** The outbound ports behind the agent's functions, wired once by the launcher. */
public record AgentPorts(
    RunbookRepository runbooks,
    SkillLibrary skills,
    ContextLibrary contextFiles,
    IncidentWorkspace workspace,
    ToolGateway tools,
    ScriptRunner scripts) {

  public AgentPorts {
    Objects.requireNonNull(runbooks, "runbooks");
    Objects.requireNonNull(skills, "skills");
    Objects.requireNonNull(contextFiles, "contextFiles");
    Objects.requireNonNull(workspace, "workspace");
    Objects.requireNonNull(tools, "tools");
    Objects.requireNonNull(scripts, "scripts");
  }
}
