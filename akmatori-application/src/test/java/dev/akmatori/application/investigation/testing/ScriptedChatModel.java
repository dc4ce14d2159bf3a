package dev.akmatori.application.investigation.testing;

import dev.akmatori.application.model.CallLimits;
import dev.akmatori.application.model.Cancellation;
import dev.akmatori.application.model.ChatModel;
import dev.akmatori.application.model.ChatModelFactory;
import dev.akmatori.application.model.ChatRequest;
import dev.akmatori.application.model.ChatResponse;
import dev.akmatori.application.model.ModelCallException;
import dev.akmatori.application.model.ModelEndpoint;
import dev.akmatori.application.model.TokenUsage;
import dev.akmatori.application.model.ToolCall;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;

/**
 * A {@link ChatModel} (and its factory) that answers from a queue of scripted steps and records
 * every request. Running out of steps is an {@link AssertionError}, so a test never passes by
 * accident. Thread-safe.
 */
public final class ScriptedChatModel implements ChatModel, ChatModelFactory {
  /** Usage reported by the shorthand steps: 100 in, 20 out. */
  public static final TokenUsage USAGE = new TokenUsage(100, 20);

  /** One scripted answer. */
  public interface Step {
    ChatResponse answer(ChatRequest request, Cancellation cancellation);
  }

  private final Deque<Step> steps = new ArrayDeque<>();
  private final List<ChatRequest> requests = new ArrayList<>();
  private final List<ModelEndpoint> endpoints = new ArrayList<>();
  private final List<CallLimits> limits = new ArrayList<>();

  public synchronized ScriptedChatModel then(Step step) {
    steps.add(step);
    return this;
  }

  /** A response asking for {@code calls}, with {@link #USAGE}. */
  public ScriptedChatModel thenCall(ToolCall... calls) {
    return thenRespond(calling(USAGE, calls));
  }

  /** A final answer with {@link #USAGE}. */
  public ScriptedChatModel thenAnswer(String text) {
    return thenRespond(answer(text, USAGE));
  }

  public ScriptedChatModel thenRespond(ChatResponse response) {
    return then((request, cancellation) -> response);
  }

  public ScriptedChatModel thenFail(ModelCallException failure) {
    return then((request, cancellation) -> {
      throw failure;
    });
  }

  /** Blocks until the call's cancellation fires, as a well-behaved provider adapter does. */
  public ScriptedChatModel thenBlockUntilCancelled(CountDownLatch started) {
    return then((request, cancellation) -> {
      CountDownLatch cancelled = new CountDownLatch(1);
      cancellation.onCancel(cancelled::countDown);
      started.countDown();
      awaitQuietly(cancelled);
      throw new CancellationException("model call cancelled");
    });
  }

  /** Blocks until {@code release}, ignoring cancellation, as a misbehaving adapter might. */
  public ScriptedChatModel thenHang(CountDownLatch started, CountDownLatch release) {
    return then((request, cancellation) -> {
      started.countDown();
      awaitQuietly(release);
      return answer("too late", USAGE);
    });
  }

  @Override
  public ChatResponse complete(ChatRequest request, Cancellation cancellation) {
    Step step;
    synchronized (this) {
      requests.add(request);
      step = steps.poll();
    }
    if (step == null) {
      throw new AssertionError("no scripted model response for request " + requests.size());
    }
    return step.answer(request, cancellation);
  }

  @Override
  public synchronized ChatModel create(ModelEndpoint endpoint, CallLimits callLimits) {
    endpoints.add(endpoint);
    limits.add(callLimits);
    return this;
  }

  public synchronized List<ChatRequest> requests() {
    return List.copyOf(requests);
  }

  public synchronized List<ModelEndpoint> endpoints() {
    return List.copyOf(endpoints);
  }

  /** The limits each {@link #create} was asked for, in order. */
  public synchronized List<CallLimits> limits() {
    return List.copyOf(limits);
  }

  public synchronized int remainingSteps() {
    return steps.size();
  }

  public static ChatResponse calling(TokenUsage usage, ToolCall... calls) {
    return new ChatResponse("", Arrays.asList(calls), "", usage, ChatResponse.StopReason.TOOL_CALLS, List.of());
  }

  public static ChatResponse answer(String text, TokenUsage usage) {
    return new ChatResponse(text, List.of(), "", usage, ChatResponse.StopReason.END_TURN, List.of());
  }

  public static ToolCall call(String id, String name, Map<String, Object> arguments) {
    return ToolCall.of(id, name, arguments);
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
