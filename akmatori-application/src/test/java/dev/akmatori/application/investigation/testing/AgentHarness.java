package dev.akmatori.application.investigation.testing;

import dev.akmatori.application.investigation.CancellationSignal;
import dev.akmatori.application.investigation.InvestigationRun;
import dev.akmatori.application.investigation.RunOutcome;
import dev.akmatori.application.investigation.agent.AgentLimits;
import dev.akmatori.application.investigation.agent.AgentLoop;
import dev.akmatori.application.investigation.function.AgentPorts;
import dev.akmatori.application.investigation.tool.ToolGateway;
import dev.akmatori.application.investigation.tool.ToolInvoker;
import dev.akmatori.application.investigation.tool.ToolInvokers;
import dev.akmatori.application.runbook.InMemoryRunbookRepository;
import dev.akmatori.application.testing.MutableClock;
import dev.akmatori.domain.incident.IncidentId;
import dev.akmatori.domain.tool.BuiltinToolTypes;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The agent loop wired to in-memory fakes of every port, for tests of the loop and of anything
 * built around it. Fields are the fakes; budgets and limits can be changed before {@link #run}.
 */
public final class AgentHarness {
  public static final String API_KEY = "sk-test-0123456789abcdef";
  public static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

  public final MutableClock clock = new MutableClock(NOW);
  public final ScriptedChatModel model = new ScriptedChatModel();
  public final RecordingRunRecorder recorder = new RecordingRunRecorder();
  public final InMemoryRunbookRepository runbooks = new InMemoryRunbookRepository();
  public final InMemorySkillLibrary skills = new InMemorySkillLibrary();
  public final InMemoryContextLibrary contextFiles = new InMemoryContextLibrary();
  public final InMemoryIncidentWorkspace workspace = new InMemoryIncidentWorkspace(Path.of("/data/incidents"));
  public final InMemoryToolAllowlist allowlist = new InMemoryToolAllowlist();
  public final FakeToolInvoker invoker = new FakeToolInvoker();
  public final InMemoryMcpToolSource mcp = new InMemoryMcpToolSource();
  public final FakeScriptRunner scripts = new FakeScriptRunner();
  public final CancellationSignal cancellation = new CancellationSignal();
  public final CancellationSignal shutdown = new CancellationSignal();
  public final IncidentId incident = new IncidentId(UUID.fromString("0b8f3c1e-8a57-4d2b-9a43-6f1d2c3b4a59"));

  public FixedActiveModelSettings settings = FixedActiveModelSettings.configured(API_KEY);
  /**
   * The in-memory MCP servers answer at once, but on threads a loaded CI machine (2 cores, load 20)
   * may be slow to run, so the budget is long; a test about a server too slow for it sets a short one.
   */
  public AgentLimits limits = AgentLimits.defaults().withMcpListBudget(Duration.ofSeconds(30));
  public int maxSteps = 50;
  public long maxTokens;
  public Duration timeout = Duration.ofMinutes(60);
  public Instant startedAt = NOW;

  /** The loop over the fakes; every built-in type and every connector is served by {@link #invoker}. */
  public AgentLoop loop() {
    Map<String, ToolInvoker> builtins = new LinkedHashMap<>();
    BuiltinToolTypes.names().forEach(name -> builtins.put(name, invoker));
    ToolGateway gateway = new ToolGateway(allowlist, new ToolInvokers(builtins, invoker), mcp);
    AgentPorts ports = new AgentPorts(runbooks, skills, contextFiles, workspace, gateway, scripts);
    return new AgentLoop(settings, model, ports, new TestJsonCodec(), clock, limits);
  }

  public InvestigationRun investigation(String task) {
    return new InvestigationRun(incident, task, workspace.directory(incident), startedAt, maxSteps, maxTokens, timeout);
  }

  public RunOutcome run(String task) {
    return loop().run(investigation(task), recorder, cancellation, shutdown);
  }
}
