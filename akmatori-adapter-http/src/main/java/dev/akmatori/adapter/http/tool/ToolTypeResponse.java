package dev.akmatori.adapter.http.tool;

import dev.akmatori.domain.tool.ToolOperation;
import dev.akmatori.domain.tool.ToolType;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The ToolType shape of contract §3.4.1: schema and operations as JSON objects. */
record ToolTypeResponse(
    long id,
    String name,
    String kind,
    Long connectorId,
    String description,
    Map<String, Object> schema,
    List<Operation> operations,
    Instant createdAt,
    Instant updatedAt) {

  static ToolTypeResponse from(ToolType type) {
    return new ToolTypeResponse(
        type.id().value(),
        type.name(),
        type.kind().wireName(),
        type.connectorId(),
        type.description(),
        type.settingsSchema().toMap(),
        type.definition().operations().stream().map(Operation::from).toList(),
        type.createdAt(),
        type.updatedAt());
  }

  /** {@code {"name", "description", "read_only", "input_schema"}}. */
  record Operation(String name, String description, boolean readOnly, Map<String, Object> inputSchema) {
    static Operation from(ToolOperation op) {
      return new Operation(op.name(), op.description(), op.readOnly(), op.inputSchema().toMap());
    }
  }
}
