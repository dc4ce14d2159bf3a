package dev.akmatori.application.tool;

import dev.akmatori.domain.tool.ToolInstanceId;
import java.util.List;

/**
 * Tool instance use cases (contract §3.4.2). Unknown ids throw {@code NotFoundException} ({@link
 * #NOT_FOUND}); rule violations a {@code ValidationException} listing every failing field; taken
 * names a {@code ConflictException}.
 */
public interface ManageToolInstances {
  String NOT_FOUND = "Tool not found";

  static String duplicateName(String name) {
    return "Tool instance with name '" + name + "' already exists";
  }

  static String duplicateLogicalName(String logicalName) {
    return "Tool instance with logical name '" + logicalName + "' already exists";
  }

  /** Every instance ordered by id. */
  List<ToolInstanceDetails> list();

  ToolInstanceDetails get(ToolInstanceId id);

  /** Validates {@code command} as {@link #create} would, changing nothing. */
  void check(CreateToolInstance command);

  ToolInstanceDetails create(CreateToolInstance command);

  /** Validates {@code command} as {@link #update} would, changing nothing. */
  void check(ToolInstanceId id, UpdateToolInstance command);

  /** Applies the partial update and merges settings; then the instance's skills are told. */
  ToolInstanceDetails update(ToolInstanceId id, UpdateToolInstance command);

  /** Deletes the instance with its SSH keys and skill assignments; then its skills are told. */
  void delete(ToolInstanceId id);
}
