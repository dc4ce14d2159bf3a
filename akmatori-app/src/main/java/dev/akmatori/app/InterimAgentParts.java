package dev.akmatori.app;

import dev.akmatori.application.investigation.context.ContextFileInfo;
import dev.akmatori.application.investigation.context.ContextLibrary;
import dev.akmatori.application.investigation.tool.McpServerRef;
import dev.akmatori.application.investigation.tool.McpTool;
import dev.akmatori.application.investigation.tool.McpToolSource;
import dev.akmatori.application.investigation.tool.ToolCallException;
import dev.akmatori.application.model.Cancellation;
import dev.akmatori.domain.context.ContextFileName;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Parts of the agent's reach whose features are not wired yet: no context files and no MCP servers.
 * Each is replaced by its feature's implementation in {@link Application}.
 */
final class InterimAgentParts {
  private InterimAgentParts() {}

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
