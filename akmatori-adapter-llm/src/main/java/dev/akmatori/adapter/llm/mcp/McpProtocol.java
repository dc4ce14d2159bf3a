package dev.akmatori.adapter.llm.mcp;

import io.modelcontextprotocol.spec.ProtocolVersions;
import java.util.List;

/**
 * The protocol versions the client accepts, oldest first: the SDK offers the last one in
 * {@code initialize} (2025-11-25, so always 2025-03-26 or newer) and accepts whichever of these
 * the server answers with.
 */
final class McpProtocol {
  static final List<String> VERSIONS =
      List.of(
          ProtocolVersions.MCP_2024_11_05,
          ProtocolVersions.MCP_2025_03_26,
          ProtocolVersions.MCP_2025_06_18,
          ProtocolVersions.MCP_2025_11_25);

  private McpProtocol() {}
}
