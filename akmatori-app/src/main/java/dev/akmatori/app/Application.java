package dev.akmatori.app;

import dev.akmatori.adapter.http.HttpDependencies;
import dev.akmatori.adapter.http.HttpServer;
import dev.akmatori.adapter.llm.mcp.PooledMcpToolSource;
import dev.akmatori.adapter.llm.notify.SlackNotifier;
import dev.akmatori.adapter.llm.tool.ssh.SshToolInvoker;
import dev.akmatori.adapter.persistence.DatabaseSettings;
import dev.akmatori.adapter.persistence.PersistenceAdapter;
import dev.akmatori.application.incident.ListIncidents;
import dev.akmatori.application.investigation.InvestigationWorkers;
import dev.akmatori.application.investigation.ModelTitles;
import dev.akmatori.application.investigation.agent.AgentThreads;
import dev.akmatori.application.investigation.context.ContextLibrary;
import dev.akmatori.application.investigation.skill.SkillLibrary;
import dev.akmatori.application.investigation.tool.McpToolSource;
import dev.akmatori.application.investigation.tool.ToolAllowlist;
import dev.akmatori.application.investigation.tool.ToolInvoker;
import dev.akmatori.application.mcp.StoredMcpServerConfigs;
import dev.akmatori.application.notification.Notifier;
import dev.akmatori.application.settings.RuntimeSettings;
import dev.akmatori.application.settings.SettingsUseCases;
import dev.akmatori.application.tool.ToolInstances;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: builds the object graph with {@code new} in the startup order of contract
 * §7 and owns what must be closed on shutdown.
 */
public final class Application implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Application.class);
  private static final List<String> DATA_LAYOUT =
      List.of("skills", "context", "runbooks", "incidents", "ssh", "db");

  private final PersistenceAdapter persistence;
  private final InvestigationWorkers workers;
  private final HttpServer http;
  private final RuntimeSettings runtimeSettings;
  private final SkillsFeature skills;
  private final ToolInvoker httpConnectorInvoker;
  private final AgentPorts agentPorts;
  private final AlertWiring alerts;
  private final ModelTitles titles;
  private final RetentionWiring retention;
  private final AgentThreads agentThreads;

  private Application(PersistenceAdapter persistence, Serving serving) {
    this.persistence = persistence;
    this.workers = serving.workers();
    this.http = serving.server();
    this.runtimeSettings = serving.runtimeSettings();
    this.skills = serving.skills();
    this.httpConnectorInvoker = serving.httpConnectorInvoker();
    this.agentPorts = serving.agentPorts();
    this.alerts = serving.alerts();
    this.titles = serving.titles();
    this.retention = serving.retention();
    this.agentThreads = serving.agentThreads();
  }

  /** What {@link #startServing} leaves running or readable; the workers are not started yet. */
  private record Serving(
      HttpServer server,
      RuntimeSettings runtimeSettings,
      InvestigationWorkers workers,
      SkillsFeature skills,
      ToolInvoker httpConnectorInvoker,
      AgentPorts agentPorts,
      AlertWiring alerts,
      ModelTitles titles,
      RetentionWiring retention,
      AgentThreads agentThreads) {}

  /**
   * The agent loop's ports built here for the investigation wiring: the MCP servers' tools (a pool
   * of live connections, closed with the application) and the context files as text.
   */
  private record AgentPorts(PooledMcpToolSource mcpTools, ContextLibrary contextLibrary) {}

  /** Starts everything; on failure closes what was opened and rethrows. */
  public static Application start(AppConfig config) {
    return start(config, InvestigationEngine.standard());
  }

  /** As {@link #start(AppConfig)} with another agent loop, model settings or worker timings. */
  static Application start(AppConfig config, InvestigationEngine engine) {
    return start(config, engine, new SlackNotifier());
  }

  /** As {@link #start(AppConfig, InvestigationEngine)} with another Slack client (tests point it elsewhere). */
  static Application start(AppConfig config, InvestigationEngine engine, Notifier notifier) {
    createDataLayout(config.dataDir());
    PersistenceAdapter persistence =
        PersistenceAdapter.open(
            new DatabaseSettings(
                config.dbUrl(), config.dbUser(), config.dbPassword(), config.dbPoolSize()));
    try {
      Serving serving = startServing(config, persistence, engine, notifier);
      serving.workers().start(); // contract §7: the workers start after the server listens
      serving.retention().start();
      return new Application(persistence, serving);
    } catch (RuntimeException e) {
      persistence.close();
      throw e;
    }
  }

  private static Serving startServing(
      AppConfig config, PersistenceAdapter persistence, InvestigationEngine engine, Notifier notifier) {
    Clock clock = Clock.systemUTC();
    SecurityWiring security = SecurityWiring.create(config, persistence, new SecureRandom(), clock);
    CatalogueWiring catalogue = new CatalogueWiring(config, persistence, security.cipher, clock);
    SettingsWiring settings = SettingsWiring.create(config, persistence, security.cipher, clock);
    AlertWiring alerts = AlertWiring.create(notifier, persistence, settings.runtime, clock);
    MetricsWiring metrics = MetricsWiring.create(persistence);
    // Holds no connection until a run lists or calls a tool; its idle sweeper is a daemon thread.
    PooledMcpToolSource mcpTools =
        new PooledMcpToolSource(new StoredMcpServerConfigs(persistence.mcpServers(), security.cipher));
    InvestigationWiring investigations =
        InvestigationWiring.create(
            config,
            persistence,
            engine,
            settings.runtime,
            metrics.ended(alerts.notifications),
            agentReach(config, persistence, security, catalogue, mcpTools),
            metrics.ports,
            clock);
    investigations.recover(persistence);
    RetentionWiring retention = RetentionWiring.create(config, persistence, settings.runtime, clock);
    retention.runAtStartup(); // contract §7: after lease recovery, completed before the server listens

    HttpDependencies deps =
        HttpDependencies.builder()
            .apiKeys(security.apiKeys)
            .login(security.login)
            .admin(security.admin)
            .jwtSecret(security.jwtSecret)
            .jwtExpiry(config.jwtExpiry())
            .runbooks(catalogue.runbooks)
            .contextFiles(catalogue.contextFiles)
            .toolTypes(catalogue.toolTypes)
            .tools(catalogue.tools)
            .sshKeys(catalogue.sshKeys)
            .mcpServers(catalogue.mcpServers)
            .skills(catalogue.skillUseCases.skills())
            .skillScripts(catalogue.skillUseCases.scripts())
            .httpConnectors(catalogue.httpConnectors)
            .incidents(new ListIncidents(persistence.incidents()))
            .incidentOperations(investigations.operations)
            .alertSources(settings.alertSources)
            .alerts(alerts.operations(config, persistence, settings.alertSources, investigations, metrics.ports, clock))
            .settings(SettingsUseCases.over(settings.stores, retention.lastRun, clock))
            .health(persistence.health())
            .version(Version.current())
            .clock(clock)
            .build();
    HttpServer server;
    try {
      server = HttpServer.start(deps, metrics.prometheus, config.bindAddress(), config.port());
    } catch (RuntimeException e) {
      mcpTools.close();
      throw e;
    }
    settings.serverListensOn(server.port());
    LOG.info(
        "Akmatori {} listening on http://{}:{} (API docs at /api/docs), database {}, data directory {}",
        Version.current(),
        config.bindAddress(),
        server.port(),
        persistence.describe(),
        config.dataDir());
    return new Serving(
        server, settings.runtime, investigations.workers, catalogue.skills, catalogue.httpConnectorInvoker,
        new AgentPorts(mcpTools, catalogue.contextLibrary), alerts, investigations.titles, retention,
        investigations.agentThreads);
  }

  /** What the agent loop may reach (contract §5.4): skills, tools, SSH, connectors, context, MCP. */
  private static AgentReach agentReach(
      AppConfig config, PersistenceAdapter persistence, SecurityWiring security, CatalogueWiring catalogue,
      PooledMcpToolSource mcpTools) {
    ToolInstances instances =
        new ToolInstances(persistence.toolTypes(), persistence.toolInstances(), persistence.sshKeys(), security.cipher);
    return new AgentReach(
        catalogue.skills.library,
        catalogue.skills.allowlist,
        catalogue.httpConnectorInvoker,
        new SshToolInvoker(instances, config.dataDir()),
        catalogue.contextLibrary,
        mcpTools);
  }

  private static void createDataLayout(Path dataDir) {
    try {
      for (String sub : DATA_LAYOUT) {
        Files.createDirectories(dataDir.resolve(sub));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the data directory " + dataDir, e);
    }
  }

  /** The retention cleanup of this process, for tests that drive its scheduling decisions. */
  RetentionWiring retention() {
    return retention;
  }

  /** The port the HTTP server listens on (useful when configured as 0). */
  public int port() {
    return http.port();
  }

  /** The settings as the running server reads them, for the features wired after this one. */
  RuntimeSettings runtimeSettings() {
    return runtimeSettings;
  }

  /** The skills as the agent sees them (§5.4), for the investigation wiring. */
  SkillLibrary skillLibrary() {
    return skills.library;
  }

  /** The tool allowlist of §5.4 (enabled instances of enabled skills), for the tool gateway. */
  ToolAllowlist toolAllowlist() {
    return skills.allowlist;
  }

  /** The invoker of every HTTP-connector tool type (also wired into the agent loop). */
  ToolInvoker httpConnectorInvoker() {
    return httpConnectorInvoker;
  }

  /** The MCP servers' tools for the agent loop (contract §5.4); closed with the application. */
  McpToolSource mcpToolSource() {
    return agentPorts.mcpTools();
  }

  /** The context files as the agent reads them, PDFs as their text (contract §5.4). */
  ContextLibrary contextLibrary() {
    return agentPorts.contextLibrary();
  }

  /**
   * Stops accepting requests, stops the running investigations and re-queues them without counting
   * an interruption (contract §7), stops the MCP servers (process trees), then closes the database pool.
   */
  @Override
  public void close() {
    LOG.info("Shutting down");
    try {
      http.close();
    } finally {
      try {
        workers.close();
        agentThreads.close();
        titles.close();
        agentPorts.mcpTools().close();
      } finally {
        try {
          retention.close();
          alerts.close();
        } finally {
          persistence.close();
        }
      }
    }
    LOG.info("Stopped");
  }
}
