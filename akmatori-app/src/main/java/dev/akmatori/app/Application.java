package dev.akmatori.app;

import dev.akmatori.adapter.http.HttpDependencies;
import dev.akmatori.adapter.http.HttpServer;
import dev.akmatori.adapter.llm.context.PdfBoxTextExtractor;
import dev.akmatori.adapter.llm.json.JacksonJsonCodec;
import dev.akmatori.adapter.llm.mcp.PooledMcpToolSource;
import dev.akmatori.adapter.llm.notify.SlackNotifier;
import dev.akmatori.adapter.llm.tool.ssh.SshToolInvoker;
import dev.akmatori.adapter.llm.mcp.SdkMcpClient;
import dev.akmatori.adapter.llm.tool.connector.HttpConnectorInvoker;
import dev.akmatori.adapter.persistence.AesGcmSecretCipher;
import dev.akmatori.adapter.persistence.DatabaseSettings;
import dev.akmatori.adapter.persistence.EncryptionKeys;
import dev.akmatori.adapter.persistence.FileRunbookMirror;
import dev.akmatori.adapter.persistence.FileSystemContextFileStore;
import dev.akmatori.adapter.persistence.PersistenceAdapter;
import dev.akmatori.application.alertsource.AlertSourceService;
import dev.akmatori.application.auth.AdminAccount;
import dev.akmatori.application.auth.ApiKeyService;
import dev.akmatori.application.auth.JwtSecretSource;
import dev.akmatori.application.auth.LoginService;
import dev.akmatori.application.auth.LoginThrottle;
import dev.akmatori.application.auth.PasswordHasher;
import dev.akmatori.application.connector.ConnectorDirectory;
import dev.akmatori.application.connector.HttpConnectorService;
import dev.akmatori.application.context.ContextFileLibrary;
import dev.akmatori.application.context.ContextFileService;
import dev.akmatori.application.incident.ListIncidents;
import dev.akmatori.application.investigation.InvestigationWorkers;
import dev.akmatori.application.investigation.ModelTitles;
import dev.akmatori.application.investigation.context.ContextLibrary;
import dev.akmatori.application.investigation.skill.SkillLibrary;
import dev.akmatori.application.investigation.tool.McpToolSource;
import dev.akmatori.application.investigation.tool.ToolAllowlist;
import dev.akmatori.application.investigation.tool.ToolInvoker;
import dev.akmatori.application.mcp.McpServerService;
import dev.akmatori.application.mcp.StoredMcpServerConfigs;
import dev.akmatori.application.notification.Notifier;
import dev.akmatori.application.runbook.RunbookService;
import dev.akmatori.application.secret.EncryptionKeyCheck;
import dev.akmatori.application.secret.SecretCipher;
import dev.akmatori.application.settings.PublicBaseUrl;
import dev.akmatori.application.settings.RuntimeSettings;
import dev.akmatori.application.settings.SettingsStores;
import dev.akmatori.application.settings.SettingsUseCases;
import dev.akmatori.application.settings.StoredRuntimeSettings;
import dev.akmatori.application.tool.SshKeyService;
import dev.akmatori.application.tool.ToolInstanceService;
import dev.akmatori.application.tool.ToolInstances;
import dev.akmatori.application.tool.ToolTypeCatalogue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
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
      RetentionWiring retention) {}

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
    SecureRandom random = new SecureRandom();
    SecretCipher cipher =
        new AesGcmSecretCipher(EncryptionKeys.load(config.encryptionKey(), config.dataDir()));
    new EncryptionKeyCheck(persistence.settings(), cipher).verify();
    if (persistence.isPostgres() && config.encryptionKey().isEmpty()) {
      LOG.warn(
          "AKMATORI_ENCRYPTION_KEY is unset: several replicas on one PostgreSQL need the same"
              + " AKMATORI_ENCRYPTION_KEY");
    }
    ToolTypeCatalogue toolTypes = new ToolTypeCatalogue(persistence.toolTypes(), clock);
    toolTypes.seedBuiltins();
    byte[] jwtSecret =
        JwtSecretSource.resolve(config.jwtSecret(), persistence.settings(), cipher, random);
    AdminAccount admin =
        new AdminAccount(
            config.adminUsername(),
            config.adminPassword(),
            persistence.settings(),
            new PasswordHasher(random));
    admin.ensurePassword(random);

    RunbookService runbooks =
        new RunbookService(
            persistence.runbooks(),
            new FileRunbookMirror(config.dataDir().resolve("runbooks")),
            clock);
    runbooks.resync();
    // The store is also where skills find the targets of their assets/ links, and skills follow
    // context file deletions and tool instance changes (contract §3.3.5).
    FileSystemContextFileStore contextStore =
        new FileSystemContextFileStore(config.dataDir().resolve("context"));
    SkillsFeature skills =
        new SkillsFeature(persistence, config.dataDir().resolve("skills"), contextStore, cipher, clock);
    skills.seedAndRegenerate();
    ContextFileService contextFiles =
        new ContextFileService(persistence.contextFiles(), contextStore, skills.follower, clock);
    ContextLibrary contextLibrary =
        new ContextFileLibrary(persistence.contextFiles(), contextStore, new PdfBoxTextExtractor());

    // The fallback base of webhook URLs needs the bound port, known once the server listens.
    AtomicInteger boundPort = new AtomicInteger(config.port());
    SettingsStores settingsStores = persistence.settingsStores(cipher);
    PublicBaseUrl baseUrl =
        new PublicBaseUrl(
            settingsStores.general(),
            () -> config.baseUrl().isEmpty() ? "http://localhost:" + boundPort.get() : config.baseUrl(),
            clock);
    AlertSourceService alertSources =
        new AlertSourceService(
            persistence.alertSourceTypes(), persistence.alertSources(cipher), baseUrl, UUID::randomUUID, clock);
    alertSources.seedTypes();
    settingsStores.createDefaults(clock.instant());
    RuntimeSettings runtimeSettings = new StoredRuntimeSettings(settingsStores, baseUrl, clock);
    AlertWiring alerts = AlertWiring.create(notifier, persistence, runtimeSettings, clock);
    MetricsWiring metrics = MetricsWiring.create(persistence);

    ToolInstanceService tools =
        new ToolInstanceService(
            persistence.toolTypes(), persistence.toolInstances(), persistence.sshKeys(), cipher,
            skills.follower, clock);
    SkillsFeature.UseCases skillUseCases = skills.useCases(tools);
    // HTTP connectors register tool types and share one namespace with MCP prefixes (§3.8, §3.9).
    ConnectorDirectory connectorDirectory = new ConnectorDirectory(persistence.httpConnectors());
    HttpConnectorService httpConnectors =
        new HttpConnectorService(
            persistence.httpConnectors(), persistence.toolTypes(), persistence.mcpServers(), cipher,
            skills.connectorFollower, clock);
    ToolInvoker httpConnectorInvoker = new HttpConnectorInvoker(connectorDirectory, new JacksonJsonCodec());
    // Holds no connection until a run lists or calls a tool; its idle sweeper is a daemon thread.
    PooledMcpToolSource mcpTools =
        new PooledMcpToolSource(new StoredMcpServerConfigs(persistence.mcpServers(), cipher));
    InvestigationWiring investigations =
        InvestigationWiring.create(
            config,
            persistence,
            engine,
            runtimeSettings,
            metrics.ended(alerts.notifications),
            new AgentReach(
                skills.library,
                skills.allowlist,
                httpConnectorInvoker,
                new SshToolInvoker(
                    new ToolInstances(persistence.toolTypes(), persistence.toolInstances(), persistence.sshKeys(), cipher),
                    config.dataDir()),
                contextLibrary,
                mcpTools),
            metrics.ports,
            clock);
    investigations.recover(persistence);
    RetentionWiring retention = RetentionWiring.create(config, persistence, runtimeSettings, clock);
    retention.runAtStartup(); // contract §7: after lease recovery, completed before the server listens
    SshKeyService sshKeys =
        new SshKeyService(
            persistence.toolTypes(), persistence.toolInstances(), persistence.sshKeys(), cipher,
            UUID::randomUUID, clock);

    HttpDependencies deps =
        new HttpDependencies(
            runbooks,
            contextFiles,
            new ApiKeyService(persistence.apiKeys(), random, clock),
            new LoginService(admin, new LoginThrottle(clock)),
            admin,
            new ListIncidents(persistence.incidents()),
            investigations.operations,
            alertSources,
            alerts.operations(config, persistence, alertSources, investigations, metrics.ports, clock),
            SettingsUseCases.over(settingsStores, retention.lastRun, clock),
            toolTypes,
            tools,
            sshKeys,
            new McpServerService(
                persistence.mcpServers(), connectorDirectory, new SdkMcpClient(), cipher, clock),
            skillUseCases.skills(),
            skillUseCases.scripts(),
            httpConnectors,
            persistence.health(),
            jwtSecret,
            config.jwtExpiry(),
            Version.current(),
            clock);
    HttpServer server;
    try {
      server = HttpServer.start(deps, metrics.prometheus, config.bindAddress(), config.port());
    } catch (RuntimeException e) {
      mcpTools.close();
      throw e;
    }
    boundPort.set(server.port());
    LOG.info(
        "Akmatori {} listening on http://{}:{} (API docs at /api/docs), database {}, data directory {}",
        Version.current(),
        config.bindAddress(),
        server.port(),
        persistence.describe(),
        config.dataDir());
    return new Serving(
        server, runtimeSettings, investigations.workers, skills, httpConnectorInvoker,
        new AgentPorts(mcpTools, contextLibrary), alerts, investigations.titles, retention);
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
