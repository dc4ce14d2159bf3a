package dev.akmatori.application.investigation.testing;

import dev.akmatori.application.investigation.tool.AllowedInstance;
import dev.akmatori.application.investigation.tool.ToolInvoker;
import dev.akmatori.application.model.Cancellation;
import dev.akmatori.domain.tool.ToolOperation;
import dev.akmatori.domain.tool.ToolTypeDefinition;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;

/**
 * A {@link ToolInvoker} that records every invocation and answers with a scripted behaviour; by
 * default {@code {"tool": "<type>.<op>", "instance": "<logical name>"}}. Thread-safe.
 */
public final class FakeToolInvoker implements ToolInvoker {
  /** What an invocation was asked to do. */
  public record Invocation(
      String tool, String instance, Map<String, Object> arguments, Map<String, Object> settings, Duration timeout) {}

  /** How the fake answers. */
  public interface Behaviour {
    Object answer(Invocation invocation, Cancellation cancellation);
  }

  private final List<Invocation> invocations = new ArrayList<>();
  private volatile Behaviour behaviour = (invocation, cancellation) -> {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("tool", invocation.tool());
    result.put("instance", invocation.instance());
    return result;
  };
  private volatile Duration ownTimeout;

  public FakeToolInvoker answering(Behaviour behaviour) {
    this.behaviour = behaviour;
    return this;
  }

  /** Declares a time limit of its own, as the SSH invoker does. */
  public FakeToolInvoker withOwnTimeout(Duration timeout) {
    this.ownTimeout = timeout;
    return this;
  }

  /** Counts down {@code started}, then blocks until the call's cancellation fires. */
  public static Behaviour blockingUntilCancelled(CountDownLatch started) {
    return (invocation, cancellation) -> {
      CountDownLatch cancelled = new CountDownLatch(1);
      cancellation.onCancel(cancelled::countDown);
      started.countDown();
      try {
        cancelled.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      throw new CancellationException("tool call cancelled");
    };
  }

  @Override
  public Object invoke(ToolTypeDefinition type, ToolOperation operation, AllowedInstance instance,
      Map<String, Object> arguments, Duration timeout, Cancellation cancellation) {
    Invocation invocation = new Invocation(type.name() + "." + operation.name(),
        instance.logicalName().value(), arguments, instance.settings(), timeout);
    synchronized (this) {
      invocations.add(invocation);
    }
    return behaviour.answer(invocation, cancellation);
  }

  @Override
  public Duration callTimeout(AllowedInstance instance, Duration standard) {
    Duration own = ownTimeout;
    return own == null ? standard : own;
  }

  public synchronized List<Invocation> invocations() {
    return List.copyOf(invocations);
  }
}
