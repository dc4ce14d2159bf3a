package dev.akmatori.adapter.llm.mcp;

import dev.akmatori.application.mcp.McpUnavailableException;
import dev.akmatori.domain.mcp.McpTool;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Lists every tool of an initialised session, page by page, as domain tools. */
final class McpTools {
  /** A server that pages further than this is broken (or looping). */
  static final int MAX_PAGES = 100;

  private McpTools() {}

  static List<McpTool> listAll(McpSyncClient client, String namespacePrefix) {
    List<McpTool> tools = new ArrayList<>();
    Set<String> cursors = new HashSet<>();
    String cursor = McpSchema.FIRST_PAGE;
    for (int page = 0; page < MAX_PAGES; page++) {
      McpSchema.ListToolsResult result = client.listTools(cursor);
      if (result.tools() != null) {
        result.tools().forEach(tool -> tools.add(toTool(namespacePrefix, tool)));
      }
      cursor = result.nextCursor();
      if (cursor == null || cursor.isEmpty()) {
        return tools;
      }
      if (!cursors.add(cursor)) {
        throw new McpUnavailableException("tools/list repeated the cursor '" + Threads.abbreviate(cursor) + "'");
      }
    }
    throw new McpUnavailableException("tools/list returned more than " + MAX_PAGES + " pages");
  }

  /** {@code read_only} is the tool's {@code readOnlyHint} annotation, false when absent. */
  static McpTool toTool(String namespacePrefix, McpSchema.Tool tool) {
    // The SDK already rejects a null name while reading; an empty one would make "<prefix>." callable.
    if (tool.name() == null || tool.name().isEmpty()) {
      throw new McpUnavailableException("tools/list returned a tool without a name");
    }
    McpSchema.ToolAnnotations annotations = tool.annotations();
    boolean readOnly = annotations != null && Boolean.TRUE.equals(annotations.readOnlyHint());
    return new McpTool(namespacePrefix, tool.name(), tool.description(), tool.inputSchema(), readOnly);
  }
}
