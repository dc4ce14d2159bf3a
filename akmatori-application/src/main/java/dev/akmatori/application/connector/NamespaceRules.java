package dev.akmatori.application.connector;

import dev.akmatori.application.mcp.McpServerRepository;
import dev.akmatori.application.tool.ToolTypeRepository;
import dev.akmatori.domain.connector.HttpConnector;
import dev.akmatori.domain.connector.HttpConnectorSpec;
import dev.akmatori.domain.shared.ConflictException;
import dev.akmatori.domain.tool.BuiltinToolTypes;

/**
 * The 409s of contract §3.8, in its order, every comparison ignoring case: another connector, a
 * built-in type, an MCP namespace prefix, any other tool type. Uniqueness among connectors is also
 * enforced by the repository for races; the MCP check cannot be race-free across two tables.
 */
final class NamespaceRules {
  private final HttpConnectorRepository connectors;
  private final ToolTypeRepository types;
  private final McpServerRepository mcpServers;

  NamespaceRules(HttpConnectorRepository connectors, ToolTypeRepository types, McpServerRepository mcpServers) {
    this.connectors = connectors;
    this.types = types;
    this.mcpServers = mcpServers;
  }

  /**
   * Checks {@code spec} of a new connector ({@code current} null) or of an update. The checks
   * against other namespaces run only when the name changes other than in case, so an unrelated
   * edit never fails on an old clash.
   */
  void check(HttpConnectorSpec spec, HttpConnector current) {
    String name = spec.toolTypeName();
    connectors.findByToolTypeName(name)
        .filter(other -> current == null || !other.id().equals(current.id()))
        .ifPresent(other -> {
          throw HttpConnectorRepository.nameTaken(name);
        });
    if (current != null && current.spec().nameKey().equals(spec.nameKey())) {
      return;
    }
    if (BuiltinToolTypes.isReservedName(name)) {
      throw new ConflictException("tool_type_name '" + name + "' conflicts with a built-in tool type");
    }
    if (mcpServers.findByNamespace(name).isPresent()) {
      throw new ConflictException("tool_type_name '" + name + "' conflicts with an existing MCP server namespace");
    }
    boolean otherType = types.list().stream()
        .anyMatch(t -> t.name().equalsIgnoreCase(name) && (current == null || !t.id().equals(current.toolTypeId())));
    if (otherType) {
      throw HttpConnectorRepository.typeNameTaken(name);
    }
  }
}
