package dev.akmatori.app;

import dev.akmatori.application.investigation.context.ContextLibrary;
import dev.akmatori.application.investigation.skill.SkillLibrary;
import dev.akmatori.application.investigation.tool.McpToolSource;
import dev.akmatori.application.investigation.tool.ToolAllowlist;
import dev.akmatori.application.investigation.tool.ToolInvoker;
import java.util.Objects;

/**
 * The features' parts of what the agent can reach (contract §5.4): skills and their tool allowlist,
 * the HTTP-connector tools, the SSH tool (it needs the keys and the data directory), context files
 * and MCP servers.
 */
record AgentReach(
    SkillLibrary skills,
    ToolAllowlist allowlist,
    ToolInvoker httpConnectors,
    ToolInvoker ssh,
    ContextLibrary contextFiles,
    McpToolSource mcp) {
  AgentReach {
    Objects.requireNonNull(skills, "skills");
    Objects.requireNonNull(allowlist, "allowlist");
    Objects.requireNonNull(httpConnectors, "httpConnectors");
    Objects.requireNonNull(ssh, "ssh");
    Objects.requireNonNull(contextFiles, "contextFiles");
    Objects.requireNonNull(mcp, "mcp");
  }
}
