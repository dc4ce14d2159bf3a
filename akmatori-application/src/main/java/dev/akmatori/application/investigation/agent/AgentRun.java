package dev.akmatori.application.investigation.agent;

import dev.akmatori.application.investigation.InvestigationRun;
import dev.akmatori.application.investigation.RunRecorder;
import dev.akmatori.application.investigation.SecretRedactor;
import dev.akmatori.application.model.ChatMessage;
import dev.akmatori.application.model.ChatModel;
import dev.akmatori.application.model.ChatRequest;
import dev.akmatori.application.model.ChatResponse;
import dev.akmatori.application.model.FunctionSpec;
import dev.akmatori.application.model.ModelCallException;
import dev.akmatori.application.model.ToolCall;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * The conversation of one run (contract §5.8): call the model with the functions, answer every
 * function call, repeat until a final answer; once the step or token budget is reached, one last
 * call without functions asks for the best answer so far. Stops throw {@link RunStopped}; model
 * failures throw {@link ModelCallException}.
 */
final class AgentRun {
  private final InvestigationRun run;
  private final ChatModel model;
  private final String systemPrompt;
  private final List<FunctionSpec> functions;
  private final FunctionExecutor executor;
  private final RunSignal signal;
  private final RunThreads threads;
  private final Transcript transcript;
  private final RunRecorder recorder;
  private final SecretRedactor redactor;
  private final RunTotals totals;
  private final List<ChatMessage> messages = new ArrayList<>();

  AgentRun(InvestigationRun run, ChatModel model, String systemPrompt, List<FunctionSpec> functions,
      FunctionExecutor executor, RunSignal signal, RunThreads threads, Transcript transcript,
      RunRecorder recorder, SecretRedactor redactor, RunTotals totals) {
    this.run = run;
    this.model = model;
    this.systemPrompt = systemPrompt;
    this.functions = functions;
    this.executor = executor;
    this.signal = signal;
    this.threads = threads;
    this.transcript = transcript;
    this.recorder = recorder;
    this.redactor = redactor;
    this.totals = totals;
  }

  /** Runs the conversation from {@code userMessage} and returns the final answer's text. */
  String answer(String userMessage) throws InterruptedException {
    messages.add(ChatMessage.user(userMessage));
    while (true) {
      signal.check();
      String budget = exhaustedBudget();
      if (budget != null) {
        messages.add(ChatMessage.user(Briefing.finalRequest(budget)));
        return call(List.of()).text();
      }
      ChatResponse response = call(functions);
      if (!response.wantsTools()) {
        return response.text();
      }
      messages.add(ChatMessage.assistant(response));
      for (ToolCall toolCall : response.toolCalls()) {
        signal.check();
        messages.add(executor.execute(toolCall));
      }
    }
  }

  /** {@code step} or {@code token} once that budget is reached, else null. */
  private String exhaustedBudget() {
    if (totals.steps() >= run.maxSteps()) {
      return "step";
    }
    return run.maxTokens() > 0 && totals.tokens() >= run.maxTokens() ? "token" : null;
  }

  private ChatResponse call(List<FunctionSpec> offered) throws InterruptedException {
    int step = totals.steps() + 1;
    ChatRequest request = new ChatRequest(systemPrompt, messages, offered, 0);
    transcript.request(step, request);
    ChatResponse response;
    try {
      response = threads.await(() -> model.complete(request, signal.cancellation()), signal.cancellation());
    } catch (CancellationException e) {
      signal.check();
      throw new IllegalStateException("the model call was cancelled without a stop signal", e);
    } catch (ModelCallException e) {
      transcript.failure(step, e.getMessage());
      throw e;
    }
    totals.add(response.usage().total());
    recorder.modelCall(response.usage().total());
    transcript.response(step, response);
    if (!response.reasoningSummary().isBlank()) {
      recorder.log("Thinking: " + redactor.redact(response.reasoningSummary().strip()));
    }
    if (response.wantsTools() && !offered.isEmpty() && !response.text().isBlank()) {
      recorder.log(redactor.redact(response.text()));
    }
    return response;
  }
}
