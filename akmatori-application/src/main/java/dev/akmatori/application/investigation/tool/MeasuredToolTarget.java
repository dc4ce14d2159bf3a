package dev.akmatori.application.investigation.tool;

import dev.akmatori.application.metrics.CallOutcome;
import dev.akmatori.application.metrics.ToolCallMetrics;
import dev.akmatori.application.model.Cancellation;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * A resolved target that reports each call it runs — its tool type, whether it returned a result,
 * how long it took — to the {@link ToolCallMetrics}. A failure (tool error, bad arguments, timeout,
 * cancellation) is an {@code error} and is rethrown unchanged.
 */
final class MeasuredToolTarget implements ToolTarget {
  private final ToolTarget target;
  private final String toolType;
  private final ToolCallMetrics metrics;

  MeasuredToolTarget(ToolTarget target, String toolType, ToolCallMetrics metrics) {
    this.target = target;
    this.toolType = toolType;
    this.metrics = metrics;
  }

  @Override
  public Optional<String> instance() {
    return target.instance();
  }

  @Override
  public Duration timeout(Duration standard) {
    return target.timeout(standard);
  }

  @Override
  public Object invoke(Map<String, Object> arguments, Duration timeout, Cancellation cancellation) {
    long start = System.nanoTime();
    CallOutcome outcome = CallOutcome.ERROR;
    try {
      Object result = target.invoke(arguments, timeout, cancellation);
      outcome = CallOutcome.SUCCESS;
      return result;
    } finally {
      metrics.toolCalled(toolType, outcome, Duration.ofNanos(System.nanoTime() - start));
    }
  }
}
