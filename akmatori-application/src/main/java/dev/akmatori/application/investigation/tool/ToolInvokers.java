package dev.akmatori.application.investigation.tool;

import dev.akmatori.domain.tool.ToolKind;
import dev.akmatori.domain.tool.ToolTypeDefinition;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The invokers by namespace kind: one per built-in type name ({@code ssh}, {@code zabbix}, …) and one
 * for every HTTP-connector type. A type without an invoker is listed but its calls fail.
 */
public record ToolInvokers(Map<String, ToolInvoker> builtins, ToolInvoker httpConnectors) {
  public ToolInvokers {
    builtins = Map.copyOf(builtins);
    Objects.requireNonNull(httpConnectors, "httpConnectors");
  }

  /** No invokers at all: every call fails with a clear error (for wiring before the tools land). */
  public static ToolInvokers none() {
    return new ToolInvokers(Map.of(), (type, op, instance, args, timeout, cancellation) -> {
      throw new ToolCallException("tool type '" + type.name() + "' has no invoker on this server");
    });
  }

  /** The invoker of {@code type}, or empty when this server has none for it. */
  public Optional<ToolInvoker> forType(ToolTypeDefinition type) {
    return type.kind() == ToolKind.HTTP_CONNECTOR
        ? Optional.of(httpConnectors)
        : Optional.ofNullable(builtins.get(type.name()));
  }
}
