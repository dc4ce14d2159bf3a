package dev.akmatori.examples.embedding;

import dev.akmatori.application.investigation.InvestigationRun;
import dev.akmatori.application.investigation.RunOutcome;
import dev.akmatori.application.investigation.agent.AgentLimits;
import dev.akmatori.application.investigation.agent.AgentLoop;
import dev.akmatori.application.investigation.function.AgentPorts;
import dev.akmatori.application.investigation.tool.ToolGateway;
import dev.akmatori.application.investigation.tool.ToolInvokers;
import dev.akmatori.application.model.ActiveModelSettings;
import dev.akmatori.application.model.ActiveModelSettings.ActiveModel;
import dev.akmatori.application.model.Cancellation;
import dev.akmatori.application.model.ModelEndpoint;
import dev.akmatori.domain.incident.IncidentId;
import dev.akmatori.domain.runbook.RunbookDraft;
import dev.akmatori.domain.settings.LlmProvider;
import dev.akmatori.domain.settings.ThinkingLevel;
import dev.akmatori.domain.shared.Secret;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Akmatori's agent loop embedded in a plain JVM program: one investigation over in-memory ports
 * (a runbook, a metrics tool served like an MCP server's, a workspace in memory) and a scripted
 * model instead of an LLM provider. No database, no HTTP server, no network: only the domain and
 * application modules are on the classpath.
 */
public final class EmbeddedInvestigation {
  /** What one run produced: its outcome, what the recorder saw, and the model and tool it used. */
  public record Result(RunOutcome outcome, List<Map<String, Object>> toolCalls, List<String> log,
      ScriptedModel model, InMemoryMetrics metrics) {}

  private EmbeddedInvestigation() {}

  public static void main(String[] args) {
    Result result = run("CPU alert on web-1 (firing for 10 minutes). Find the cause and what to do.");
    System.out.println("Outcome:  " + result.outcome().kind());
    System.out.println("Response: " + result.outcome().response());
    System.out.println("Steps:    " + result.outcome().steps());
    System.out.println("Tokens:   " + result.outcome().tokensUsed());
    for (Map<String, Object> call : result.toolCalls()) {
      System.out.println("Tool call " + call.get("name") + " " + call.get("arguments")
          + " -> " + call.get("output"));
    }
  }

  /** Wires the loop to the in-memory ports, runs one investigation of {@code task} and returns it. */
  public static Result run(String task) {
    InMemoryRunbooks runbooks = new InMemoryRunbooks();
    runbooks.create(new RunbookDraft("High CPU on web hosts",
        "Check cpu_usage of the host. Above 90 %, restart the worker pool: systemctl restart web-workers."),
        Clock.systemUTC().instant());
    InMemoryMetrics metrics = new InMemoryMetrics(Map.of("web-1", "web-1: CPU 97 % (5-minute average), load 14.2"));
    InMemoryWorkspace workspace = new InMemoryWorkspace();
    ToolGateway tools = new ToolGateway(List::of, ToolInvokers.none(), metrics);
    AgentPorts ports = new AgentPorts(
        runbooks, new NoSkills(), new NoContextFiles(), workspace, tools, new NoScripts());

    ScriptedModel model = ScriptedModel.cpuInvestigation();
    ActiveModelSettings settings = () -> new ActiveModel(LlmProvider.OPENAI, true, new ModelEndpoint(
        LlmProvider.OPENAI, "scripted", Secret.of("not-a-real-key"), ThinkingLevel.MEDIUM, "", Optional.empty()));
    AgentLoop loop = new AgentLoop(
        settings, (endpoint, limits) -> model, ports, new JsonWriter(), Clock.systemUTC(), AgentLimits.defaults());

    IncidentId incident = new IncidentId(UUID.randomUUID());
    InvestigationRun run = new InvestigationRun(incident, task, workspace.directory(incident),
        Clock.systemUTC().instant(), 10, 0, Duration.ofMinutes(5));
    CollectingRecorder recorder = new CollectingRecorder();
    RunOutcome outcome = loop.run(run, recorder, Cancellation.NONE, Cancellation.NONE);
    return new Result(outcome, recorder.toolCalls(), recorder.log(), model, metrics);
  }
}
