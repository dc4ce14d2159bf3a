package dev.akmatori.app;

import dev.akmatori.application.investigation.context.ContextFileInfo;
import dev.akmatori.application.investigation.context.ContextLibrary;
import dev.akmatori.application.investigation.skill.RootInstructions;
import dev.akmatori.application.investigation.skill.SkillLibrary;
import dev.akmatori.application.investigation.skill.SkillSummary;
import dev.akmatori.application.investigation.tool.McpServerRef;
import dev.akmatori.application.investigation.tool.McpTool;
import dev.akmatori.application.investigation.tool.McpToolSource;
import dev.akmatori.application.investigation.tool.ToolCallException;
import dev.akmatori.application.model.Cancellation;
import dev.akmatori.domain.context.ContextFileName;
import dev.akmatori.domain.skill.ScriptFileName;
import dev.akmatori.domain.skill.SkillName;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Parts of the agent's reach whose features are wired elsewhere in the graph once they exist: the
 * seeded root prompt with no optional skills, no context files and no MCP servers. Each is replaced
 * by its feature's implementation in {@link InvestigationWiring}.
 */
final class InterimAgentParts {
  private InterimAgentParts() {}

  /** Only the root instructions: the seeded incident-manager prompt, no assigned tools. */
  static SkillLibrary rootPromptOnly() {
    return new SkillLibrary() {
      @Override
      public RootInstructions rootInstructions() {
        return new RootInstructions(DefaultIncidentManagerPrompt.TEXT, "");
      }

      @Override
      public List<SkillSummary> enabledSkills() {
        return List.of();
      }

      @Override
      public Optional<String> skillDocument(SkillName name) {
        return Optional.empty();
      }

      @Override
      public Optional<Path> scriptPath(SkillName skill, ScriptFileName filename) {
        return Optional.empty();
      }
    };
  }

  static ContextLibrary noContextFiles() {
    return new ContextLibrary() {
      @Override
      public List<ContextFileInfo> list() {
        return List.of();
      }

      @Override
      public Optional<String> text(ContextFileName filename) {
        return Optional.empty();
      }
    };
  }

  static McpToolSource noMcpServers() {
    return new McpToolSource() {
      @Override
      public List<McpServerRef> enabledServers() {
        return List.of();
      }

      @Override
      public List<McpTool> listTools(McpServerRef server, Cancellation cancellation) {
        return List.of();
      }

      @Override
      public Object callTool(
          McpServerRef server, String toolName, Map<String, Object> arguments, Duration timeout,
          Cancellation cancellation) {
        throw new ToolCallException("MCP server '" + server + "' is not available");
      }
    };
  }
}
