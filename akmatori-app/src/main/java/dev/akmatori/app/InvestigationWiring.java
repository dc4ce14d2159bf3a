package dev.akmatori.app;

import dev.akmatori.adapter.http.incident.IncidentOperations;
import dev.akmatori.adapter.llm.provider.ProviderChatModelFactory;
import dev.akmatori.adapter.persistence.FileIncidentWorkspace;
import dev.akmatori.adapter.persistence.PersistenceAdapter;
import dev.akmatori.application.incident.GetIncident;
import dev.akmatori.application.incident.IncidentEventFeed;
import dev.akmatori.application.investigation.CancelIncident;
import dev.akmatori.application.investigation.CreateIncident;
import dev.akmatori.application.investigation.IncidentEndObserver;
import dev.akmatori.application.investigation.IncidentManagerPrompt;
import dev.akmatori.application.investigation.IncidentWorkspace;
import dev.akmatori.application.investigation.InvestigationQueue;
import dev.akmatori.application.investigation.InvestigationWorkers;
import dev.akmatori.application.investigation.ModelTitles;
import dev.akmatori.application.investigation.ObservedInvestigationQueue;
import dev.akmatori.application.investigation.RunInvestigation;
import dev.akmatori.application.investigation.WorkerSettings;
import dev.akmatori.application.investigation.agent.AgentThreads;
import dev.akmatori.application.metrics.MetricsPorts;
import dev.akmatori.application.model.ActiveModelSettings;
import dev.akmatori.application.model.MeasuredChatModelFactory;
import dev.akmatori.application.settings.RuntimeSettings;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The incident lifecycle's part of the graph: workspace, workers, the optional model titles (§5.2)
 * and the use cases the API needs.
 */
final class InvestigationWiring {
  private static final Logger LOG = LoggerFactory.getLogger(InvestigationWiring.class);

  final InvestigationWorkers workers;
  final IncidentOperations operations;
  final IncidentWorkspace workspace;
  final IncidentManagerPrompt prompt;
  /** Closed by the application; does nothing unless {@code AKMATORI_LLM_TITLES=true}. */
  final ModelTitles titles;
  /** The runs' shared call and timer threads (ADR 0024); closed by the application after the workers. */
  final AgentThreads agentThreads;

  private InvestigationWiring(
      InvestigationWorkers workers,
      IncidentOperations operations,
      IncidentWorkspace workspace,
      IncidentManagerPrompt prompt,
      ModelTitles titles,
      AgentThreads agentThreads) {
    this.agentThreads = agentThreads;
    this.workers = workers;
    this.operations = operations;
    this.workspace = workspace;
    this.prompt = prompt;
    this.titles = titles;
  }

  /**
   * {@code ended} learns about every incident that reaches a terminal status, whoever wrote it;
   * {@code metrics} observes creations, runs, model and tool calls.
   */
  static InvestigationWiring create(
      AppConfig config,
      PersistenceAdapter persistence,
      InvestigationEngine engine,
      RuntimeSettings runtime,
      IncidentEndObserver ended,
      AgentReach reach,
      MetricsPorts metrics,
      Clock clock) {
    FileIncidentWorkspace workspace = new FileIncidentWorkspace(config.dataDir().resolve("incidents"));
    InvestigationQueue queue = new ObservedInvestigationQueue(persistence.investigationQueue(), persistence.incidents(), ended);
    IncidentManagerPrompt prompt = () -> reach.skills().rootPrompt();
    WorkerSettings settings =
        engine.timings().apply(
            WorkerSettings.defaults(
                config.maxConcurrentInvestigations(), config.agentMaxSteps(), config.agentMaxTokens(), config.agentTimeout()));
    ActiveModelSettings models = engine.models().apply(runtime);
    AgentThreads agentThreads = AgentThreads.forRuns(config.maxConcurrentInvestigations());
    RunInvestigation loop =
        engine.loops().apply(
            new AgentLoopWiring.Parts(
                persistence,
                workspace,
                models,
                runtime,
                reach,
                metrics,
                agentThreads,
                clock));
    InvestigationWorkers workers =
        new InvestigationWorkers(
            new InvestigationWorkers.Ports(
                queue, persistence.runJournal(), workspace,
                loop, models),
            settings,
            ownerId(),
            clock,
            metrics.investigations());
    // The active provider's model, one attempt of 30 s per incident, on its own daemon threads;
    // its calls and tokens count in the metrics like the agent loop's.
    ModelTitles titles =
        new ModelTitles(
            models, new MeasuredChatModelFactory(new ProviderChatModelFactory(), metrics.models()),
            persistence.incidents(), clock, ModelTitles.Settings.of(config.llmTitles()));
    IncidentOperations operations =
        IncidentOperations.of(
            new CreateIncident(
                persistence.incidents(), workspace, prompt, workers, clock,
                UUID::randomUUID, titles, metrics.incidents()),
            new GetIncident(persistence.incidents(), persistence.incidentEvents()),
            new CancelIncident(persistence.incidents(), queue, clock),
            new IncidentEventFeed(persistence.incidents(), persistence.incidentEvents()));
    return new InvestigationWiring(workers, operations, workspace, prompt, titles, agentThreads);
  }

  /**
   * Takes back the incidents of dead processes before the server listens (contract §7). On a
   * database only this process can open, every lease left is a dead process's, expired or not.
   */
  void recover(PersistenceAdapter persistence) {
    int recovered = persistence.isExclusive() ? workers.recoverAllLeases() : workers.recoverExpiredLeases();
    if (recovered > 0) {
      LOG.warn("Recovered {} interrupted investigation(s) at startup", recovered);
    }
  }

  /** {@code <host>:<pid>:<random>}: unique among live processes, readable in logs and the database. */
  static String ownerId() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "unknown-host";
    }
    host = host.length() > 24 ? host.substring(0, 24) : host;
    return host + ":" + ProcessHandle.current().pid() + ":" + UUID.randomUUID().toString().substring(0, 8);
  }
}
