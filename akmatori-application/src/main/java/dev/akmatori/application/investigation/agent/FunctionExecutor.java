package dev.akmatori.application.investigation.agent;

import dev.akmatori.application.investigation.CancellationSignal;
import dev.akmatori.application.investigation.DurationText;
import dev.akmatori.application.investigation.RunRecorder;
import dev.akmatori.application.investigation.SecretRedactor;
import dev.akmatori.application.investigation.function.AgentFunction;
import dev.akmatori.application.investigation.function.CallContext;
import dev.akmatori.application.model.ChatMessage;
import dev.akmatori.application.model.ToolCall;
import dev.akmatori.domain.incident.IncidentId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers one function call (contract §5.4, §5.7, §5.8): checks its arguments, the function name
 * and the repeat guard, runs it on a worker thread under its time limit and the run signal, shapes
 * the result, and records exactly one {@code tool_call} event. Failures become {@code {"error": …}}
 * results; only a stop of the whole run ends the call with {@link RunStopped} (after its event).
 * Used by the loop thread only.
 */
final class FunctionExecutor {
  private static final Logger LOG = LoggerFactory.getLogger(FunctionExecutor.class);

  private final Map<String, AgentFunction> functions = new LinkedHashMap<>();
  private final IncidentId incident;
  private final RunSignal signal;
  private final RunThreads threads;
  private final ResultShaper shaper;
  private final RunRecorder recorder;
  private final SecretRedactor redactor;
  private final Clock clock;
  private final Duration callTimeout;
  private final RepeatGuard guard;

  FunctionExecutor(
      List<AgentFunction> functions, IncidentId incident, RunSignal signal, RunThreads threads,
      ResultShaper shaper, RunRecorder recorder, SecretRedactor redactor, Clock clock,
      AgentLimits limits) {
    functions.forEach(f -> this.functions.put(f.name(), f));
    this.incident = incident;
    this.signal = signal;
    this.threads = threads;
    this.shaper = shaper;
    this.recorder = recorder;
    this.redactor = redactor;
    this.clock = clock;
    this.callTimeout = limits.callTimeout();
    this.guard = new RepeatGuard(limits.identicalCallsAllowed());
  }

  /** The tool message answering {@code call}; throws {@link RunStopped} if the run stopped meanwhile. */
  ChatMessage execute(ToolCall call) throws InterruptedException {
    Instant start = clock.instant();
    AgentFunction function = functions.get(call.name());
    Map<String, Object> args = call.arguments();
    ToolCallEvent event = new ToolCallEvent(call.id(),
        function == null ? call.name() : function.eventName(args),
        function == null ? args : function.eventArguments(args));
    ShapedResult result;
    if (!call.hasValidArguments()) {
      result = shaper.failure("invalid arguments: " + call.argumentsError());
    } else if (function == null) {
      result = shaper.failure("unknown function '" + call.name() + "'");
    } else if (!guard.admit(call.name(), args)) {
      result = shaper.failure(RepeatGuard.REFUSAL);
    } else {
      result = run(function, args, event);
    }
    long millis = Math.max(0, Duration.between(start, clock.instant()).toMillis());
    recorder.toolCall(redactor.redactMap(event.data(result, millis)));
    if (signal.reason().isPresent()) {
      throw new RunStopped(signal.reason().get());
    }
    return ChatMessage.toolResult(call, result.modelText());
  }

  private ShapedResult run(AgentFunction function, Map<String, Object> args, ToolCallEvent event)
      throws InterruptedException {
    CancellationSignal callSignal = CancellationSignal.childOf(signal.cancellation());
    CallContext context = new CallContext(incident, callSignal, timeoutOf(function, args));
    AtomicBoolean timedOut = new AtomicBoolean();
    Runnable timer = threads.schedule(() -> {
      timedOut.set(true);
      callSignal.cancel();
    }, context.timeout());
    try {
      return shaper.success(event.name(), threads.await(() -> function.call(args, context), callSignal));
    } catch (CancellationException e) {
      if (signal.reason().isPresent()) {
        return shaper.failure(AgentLoop.stopMessage(signal.reason().get()));
      }
      return shaper.failure(timedOut.get()
          ? "call timed out after " + DurationText.of(context.timeout()) : "call cancelled");
    } catch (RuntimeException e) {
      if (!FailureText.isExpected(e)) {
        LOG.warn("Function {} of incident {} failed", function.name(), incident, e);
      }
      return shaper.failure(FailureText.of(e));
    } finally {
      timer.run();
      callSignal.cancel(); // detaches the call's signal from the run's
      event.instance(context.instance().orElse(null));
    }
  }

  private Duration timeoutOf(AgentFunction function, Map<String, Object> args) {
    try {
      return function.timeout(args, callTimeout);
    } catch (RuntimeException e) {
      return callTimeout;
    }
  }
}
