package dev.akmatori.adapter.llm.testing;

import dev.akmatori.application.investigation.tool.AllowedInstance;
import dev.akmatori.application.investigation.tool.ToolInvoker;
import dev.akmatori.application.model.Cancellation;
import dev.akmatori.domain.tool.BuiltinToolTypes;
import dev.akmatori.domain.tool.LogicalName;
import dev.akmatori.domain.tool.ToolOperation;
import dev.akmatori.domain.tool.ToolTypeDefinition;
import java.time.Duration;
import java.util.Map;

/** Calls a built-in invoker the way the gateway does: the catalogue's type and operation, one instance. */
public final class ToolCalls {
  private ToolCalls() {}

  public static AllowedInstance instance(long id, String type, Map<String, Object> settings) {
    ToolTypeDefinition definition = BuiltinToolTypes.byName(type).orElseThrow();
    return new AllowedInstance(id, type + "-" + id, LogicalName.from(type + "-" + id), definition, settings);
  }

  public static Object call(ToolInvoker invoker, AllowedInstance instance, String operation,
      Map<String, Object> arguments) {
    return call(invoker, instance, operation, arguments, Cancellation.NONE);
  }

  public static Object call(ToolInvoker invoker, AllowedInstance instance, String operation,
      Map<String, Object> arguments, Cancellation cancellation) {
    ToolOperation op = instance.type().operation(operation).orElseThrow(
        () -> new IllegalArgumentException("no operation " + operation));
    op.validateArguments(arguments);
    return invoker.invoke(instance.type(), op, instance, arguments, Duration.ofMinutes(5), cancellation);
  }
}
