package dev.akmatori.adapter.http.mcp;

import dev.akmatori.domain.mcp.McpTool;
import java.util.Map;

/** One tool of {@code GET /api/mcp-servers/{id}/tools} (contract §3.9). */
record McpToolResponse(
    String name, String qualifiedName, String description, Map<String, Object> inputSchema, boolean readOnly) {

  static McpToolResponse from(McpTool tool) {
    return new McpToolResponse(
        tool.name(), tool.qualifiedName(), tool.description(), tool.inputSchema(), tool.readOnly());
  }
}
