package dev.akmatori.domain.skill;

import dev.akmatori.domain.tool.ToolInstance;
import dev.akmatori.domain.tool.ToolOperation;
import java.util.Comparator;
import java.util.List;

/**
 * The generated body of SKILL.md's {@code ## Assigned Tools} section (contract §3.3.5): a short
 * instruction, then one block per <em>enabled</em> instance with its operations, their arguments
 * (required ones marked {@code *}), read-only/write markers and {@code call_tool} examples; {@code
 * ssh} blocks also describe their targets and, where writes are not allowed, the read-only rules
 * of §6.1. Nothing secret is ever written: only names, host names and switches.
 */
public final class AssignedToolsSection {
  static final String INSTRUCTION =
      "Use these tools through the `call_tool` function, exactly as in the examples below: the first"
          + " argument is `<type>.<operation>`, the second the arguments object (`*` marks a required"
          + " argument) and `instance` the logical name of the instance to use.\n";
  private static final String WRITE_SWITCH = "allow_write_operations";

  private AssignedToolsSection() {}

  /** The section body for the assigned {@code instances}; "" when none of them is enabled. */
  public static String render(List<ToolInstance> instances) {
    List<ToolInstance> enabled =
        instances.stream()
            .filter(ToolInstance::enabled)
            .sorted(Comparator.comparingLong(i -> i.id().value()))
            .toList();
    if (enabled.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder(INSTRUCTION);
    for (ToolInstance instance : enabled) {
      out.append('\n');
      block(instance, out);
    }
    return out.toString();
  }

  /** The heading of an instance's block, without the {@code ### } prefix. */
  static String heading(ToolInstance instance) {
    return instance.name() + " (logical_name: \"" + instance.logicalName() + "\", type: "
        + instance.type().name() + ")";
  }

  private static void block(ToolInstance instance, StringBuilder out) {
    out.append("### ").append(heading(instance)).append('\n');
    if (instance.type().isSsh()) {
      SshTargets.of(instance).describe(out);
    } else if (instance.type().settingsSchema().property(WRITE_SWITCH).isPresent()
        && instance.type().definition().operations().stream().anyMatch(op -> !op.readOnly())) {
      boolean allowed = Boolean.TRUE.equals(instance.settings().get(WRITE_SWITCH));
      out.append(allowed
          ? "Write operations are enabled for this instance.\n"
          : "Write operations are disabled for this instance (`" + WRITE_SWITCH
              + "` is off): use the read-only operations.\n");
    }
    out.append("Operations:\n");
    for (ToolOperation operation : instance.type().definition().operations()) {
      OperationLines.append(instance, operation, out);
    }
  }
}
