package dev.akmatori.application.investigation.tool;

import dev.akmatori.application.model.Cancellation;
import dev.akmatori.domain.shared.ValidationException;
import dev.akmatori.domain.tool.ToolOperation;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** A built-in or HTTP-connector operation on one allowed instance, with its invoker. */
final class InstanceTarget implements ToolTarget {
  private static final String SSH = "ssh";

  private final ToolOperation operation;
  private final AllowedInstance instance;
  private final ToolInvoker invoker;

  InstanceTarget(ToolOperation operation, AllowedInstance instance, ToolInvoker invoker) {
    this.operation = operation;
    this.instance = instance;
    this.invoker = invoker;
  }

  /**
   * Refuses a W operation of a built-in type unless the instance allows writes (§5.4); {@code ssh}
   * applies its own per-host switches in its invoker.
   */
  void checkWriteAllowed() {
    if (!operation.readOnly()
        && instance.isBuiltin()
        && !SSH.equals(instance.type().name())
        && !instance.writesAllowed()) {
      throw new ToolCallException("operation '" + instance.type().name() + "." + operation.name()
          + "' writes to the target and is disabled for instance '" + instance.logicalName() + "'");
    }
  }

  @Override
  public Optional<String> instance() {
    return Optional.of(instance.logicalName().value());
  }

  @Override
  public Duration timeout(Duration standard) {
    return invoker.callTimeout(instance, standard);
  }

  @Override
  public Object invoke(Map<String, Object> arguments, Duration timeout, Cancellation cancellation) {
    try {
      operation.validateArguments(arguments);
    } catch (ValidationException e) {
      throw new ToolCallException("invalid arguments: " + describe(e));
    }
    return invoker.invoke(instance.type(), operation, instance, arguments, timeout, cancellation);
  }

  static String describe(ValidationException e) {
    return e.details().entrySet().stream()
        .map(d -> d.getKey() + ": " + d.getValue())
        .collect(Collectors.joining("; "));
  }
}
