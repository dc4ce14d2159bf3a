package dev.akmatori.application.investigation.agent;

import dev.akmatori.application.investigation.InvestigationRun;
import dev.akmatori.application.investigation.RunInvestigation;
import dev.akmatori.application.investigation.RunOutcome;
import dev.akmatori.application.investigation.RunRecorder;
import dev.akmatori.application.investigation.SecretRedactor;
import dev.akmatori.application.investigation.function.AgentFunction;
import dev.akmatori.application.investigation.function.AgentFunctions;
import dev.akmatori.application.investigation.function.AgentPorts;
import dev.akmatori.application.investigation.skill.SkillLibrary;
import dev.akmatori.application.investigation.tool.ToolSession;
import dev.akmatori.application.json.JsonCodec;
import dev.akmatori.application.model.ActiveModelSettings;
import dev.akmatori.application.model.ActiveModelSettings.ActiveModel;
import dev.akmatori.application.model.Cancellation;
import dev.akmatori.application.model.ChatModel;
import dev.akmatori.application.model.ChatModelFactory;
import dev.akmatori.application.model.ModelCallException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The agent loop (contract §5.4–5.8): reads the active model settings, briefs the model, answers its
 * function calls within the run's budgets, and turns every way a run can end into a {@link
 * RunOutcome}. A run always starts a fresh conversation. It never throws for model, tool or budget
 * failures; an unexpected exception becomes {@code Internal error: <summary>}. Thread-safe: each
 * run has its own state; the runs share the call and timer threads of one {@link AgentThreads}.
 */
public final class AgentLoop implements RunInvestigation {
  private static final Logger LOG = LoggerFactory.getLogger(AgentLoop.class);

  private final ActiveModelSettings settings;
  private final ChatModelFactory models;
  private final AgentPorts ports;
  private final JsonCodec json;
  private final Clock clock;
  private final AgentLimits limits;
  private final AgentThreads threads;

  /** A loop whose calls run on the process-wide {@link AgentThreads#shared()} threads. */
  public AgentLoop(ActiveModelSettings settings, ChatModelFactory models, AgentPorts ports, JsonCodec json,
      Clock clock, AgentLimits limits) {
    this(settings, models, ports, json, clock, limits, AgentThreads.shared());
  }

  /** A loop whose runs' calls and deadlines run on {@code threads}, which the caller closes. */
  public AgentLoop(ActiveModelSettings settings, ChatModelFactory models, AgentPorts ports, JsonCodec json,
      Clock clock, AgentLimits limits, AgentThreads threads) {
    this.threads = threads;
    this.settings = settings;
    this.models = models;
    this.ports = ports;
    this.json = json;
    this.clock = clock;
    this.limits = limits;
  }

  @Override
  public RunOutcome run(
      InvestigationRun run, RunRecorder recorder, Cancellation cancellation, Cancellation shutdown) {
    RunSignal signal = new RunSignal(clock, run.startedAt().plus(run.timeout()), cancellation, shutdown);
    RunTotals totals = new RunTotals();
    SecretRedactor redactor = new SecretRedactor();
    try (RunThreads threads = new RunThreads(this.threads)) {
      signal.check();
      ActiveModel active = settings.active();
      if (!active.configured()) {
        return RunOutcome.failed(active.notConfiguredError(), 0, 0);
      }
      redactor.add(active.endpoint().apiKey().reveal());
      ChatModel model = models.create(active.endpoint());
      threads.schedule(() -> signal.stop(StopReason.TIMED_OUT),
          Duration.between(clock.instant(), signal.deadline()));
      String answer = converse(run, recorder, model, signal, threads, redactor, totals);
      return RunOutcome.completed(redactor.redact(answer), totals.steps(), totals.tokens());
    } catch (RunStopped e) {
      return stopped(e.reason(), run, totals);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return RunOutcome.interrupted(totals.steps(), totals.tokens());
    } catch (ModelCallException e) {
      return RunOutcome.failed(redactor.redact(e.getMessage()), totals.steps(), totals.tokens());
    } catch (RuntimeException e) {
      LOG.error("Investigation of incident {} failed unexpectedly", run.incident(), e);
      String summary = redactor.redact(FailureText.summary(e));
      return RunOutcome.failed("Internal error: " + summary, totals.steps(), totals.tokens());
    }
  }

  private String converse(InvestigationRun run, RunRecorder recorder, ChatModel model, RunSignal signal,
      RunThreads threads, SecretRedactor redactor, RunTotals totals) throws InterruptedException {
    ToolSession tools = awaitOrStop(signal, threads, () -> open(signal, threads, recorder, redactor));
    SkillLibrary skills = ports.skills();
    String systemPrompt =
        Briefing.systemPrompt(skills.rootInstructions(), skills.enabledSkills(), tools.tools());
    List<AgentFunction> functions =
        AgentFunctions.forRun(ports, tools, limits.scriptTimeout(), limits.scriptOutputCapBytes());
    ResultShaper shaper = new ResultShaper(ports.workspace(), run.incident(), json, redactor, clock, limits);
    FunctionExecutor executor = new FunctionExecutor(
        functions, run.incident(), signal, threads, shaper, recorder, redactor, clock, limits);
    try (Transcript transcript = new Transcript(ports.workspace(), run.incident(), redactor, clock)) {
      AgentRun conversation = new AgentRun(run, model, systemPrompt,
          functions.stream().map(AgentFunction::spec).collect(Collectors.toList()),
          executor, signal, threads, transcript, recorder, redactor, totals);
      return conversation.answer(Briefing.userMessage(clock.instant(), run.task()));
    }
  }

  private ToolSession open(
      RunSignal signal, RunThreads threads, RunRecorder recorder, SecretRedactor redactor) {
    try {
      return ports.tools().open(limits.mcpListBudget(), signal.cancellation(), threads.executor(),
          notice -> recorder.log(redactor.redact(notice)), redactor);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted while listing MCP tools");
    }
  }

  private static <T> T awaitOrStop(RunSignal signal, RunThreads threads, Supplier<T> work)
      throws InterruptedException {
    try {
      return threads.await(work, signal.cancellation());
    } catch (CancellationException e) {
      signal.check();
      throw new IllegalStateException("a call was cancelled without a stop signal", e);
    }
  }

  private static RunOutcome stopped(StopReason reason, InvestigationRun run, RunTotals totals) {
    switch (reason) {
      case CANCELLED:
        return RunOutcome.cancelled(totals.steps(), totals.tokens());
      case SHUTDOWN:
        return RunOutcome.interrupted(totals.steps(), totals.tokens());
      default:
        return RunOutcome.failed(timedOut(run.timeout()), totals.steps(), totals.tokens());
    }
  }

  /** {@code Investigation timed out after <n> minutes}, the budget rounded up to whole minutes. */
  static String timedOut(Duration timeout) {
    long minutes = Math.max(1, (timeout.toSeconds() + 59) / 60);
    return "Investigation timed out after " + minutes + " minutes";
  }

  /** The error a call in flight records when the whole run stops under it. */
  static String stopMessage(StopReason reason) {
    switch (reason) {
      case CANCELLED:
        return "Investigation cancelled";
      case SHUTDOWN:
        return "Investigation interrupted: the server is shutting down";
      default:
        return "Investigation timed out";
    }
  }
}
