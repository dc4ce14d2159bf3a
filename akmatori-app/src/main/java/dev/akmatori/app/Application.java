package dev.akmatori.app;

import dev.akmatori.adapter.http.HttpDependencies;
import dev.akmatori.adapter.http.HttpServer;
import dev.akmatori.adapter.llm.context.PdfBoxTextExtractor;
import dev.akmatori.adapter.llm.mcp.PooledMcpToolSource;
import dev.akmatori.adapter.llm.mcp.SdkMcpClient;
import dev.akmatori.adapter.persistence.AesGcmSecretCipher;
import dev.akmatori.adapter.persistence.DatabaseSettings;
import dev.akmatori.adapter.persistence.EncryptionKeys;
import dev.akmatori.adapter.persistence.FileSystemContextFileStore;
import dev.akmatori.adapter.persistence.FileRunbookMirror;
import dev.akmatori.adapter.persistence.PersistenceAdapter;
import dev.akmatori.application.alertsource.AlertSourceService;
import dev.akmatori.application.auth.AdminAccount;
import dev.akmatori.application.auth.ApiKeyService;
import dev.akmatori.application.auth.JwtSecretSource;
import dev.akmatori.application.auth.LoginService;
import dev.akmatori.application.auth.LoginThrottle;
import dev.akmatori.application.auth.PasswordHasher;
import dev.akmatori.application.context.ContextFileChanges;
import dev.akmatori.application.context.ContextFileLibrary;
import dev.akmatori.application.context.ContextFileService;
import dev.akmatori.application.incident.ListIncidents;
import dev.akmatori.application.investigation.context.ContextLibrary;
import dev.akmatori.application.investigation.tool.McpToolSource;
import dev.akmatori.application.mcp.ConnectorNames;
import dev.akmatori.application.mcp.McpServerService;
import dev.akmatori.application.mcp.StoredMcpServerConfigs;
import dev.akmatori.application.runbook.RunbookService;
import dev.akmatori.application.secret.EncryptionKeyCheck;
import dev.akmatori.application.secret.SecretCipher;
import dev.akmatori.application.settings.PublicBaseUrl;
import dev.akmatori.application.settings.RuntimeSettings;
import dev.akmatori.application.settings.SettingsStores;
import dev.akmatori.application.settings.SettingsUseCases;
import dev.akmatori.application.settings.StoredRuntimeSettings;
import dev.akmatori.application.tool.SshKeyService;
import dev.akmatori.application.tool.ToolInstanceChanges;
import dev.akmatori.application.tool.ToolInstanceService;
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
  private final HttpServer http;
  private final RuntimeSettings runtimeSettings;
  private final AgentPorts agentPorts;

  private Application(PersistenceAdapter persistence, Serving serving) {
    this.persistence = persistence;
    this.http = serving.server();
    this.runtimeSettings = serving.runtimeSettings();
    this.agentPorts = serving.agentPorts();
  }

  /** What {@link #startServing} leaves running or readable. */
  private record Serving(HttpServer server, RuntimeSettings runtimeSettings, AgentPorts agentPorts) {}

  /**
   * The agent loop's ports built here for the investigation wiring: the MCP servers' tools (a pool
   * of live connections, closed with the application) and the context files as text.
   */
  private record AgentPorts(PooledMcpToolSource mcpTools, ContextLibrary contextLibrary) {}

  /** Starts everything; on failure closes what was opened and rethrows. */
  public static Application start(AppConfig config) {
    createDataLayout(config.dataDir());
    PersistenceAdapter persistence =
        PersistenceAdapter.open(
            new DatabaseSettings(
                config.dbUrl(), config.dbUser(), config.dbPassword(), config.dbPoolSize()));
    try {
      return new Application(persistence, startServing(config, persistence));
    } catch (RuntimeException e) {
      persistence.close();
      throw e;
    }
  }

  private static Serving startServing(AppConfig config, PersistenceAdapter persistence) {
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
    // The store is also what skills need for their assets/ links (ContextFilePaths), and skills
    // will listen for deletions through ContextFileChanges; nothing listens yet.
    FileSystemContextFileStore contextStore =
        new FileSystemContextFileStore(config.dataDir().resolve("context"));
    ContextFileService contextFiles =
        new ContextFileService(persistence.contextFiles(), contextStore, ContextFileChanges.NONE, clock);
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

    // Skills (later) will observe tool instance changes to regenerate SKILL.md (contract §3.3.5).
    ToolInstanceService tools =
        new ToolInstanceService(
            persistence.toolTypes(), persistence.toolInstances(), persistence.sshKeys(), cipher,
            ToolInstanceChanges.NONE, clock);
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
            alertSources,
            SettingsUseCases.over(settingsStores, clock),
            toolTypes,
            tools,
            sshKeys,
            new McpServerService(
                persistence.mcpServers(), ConnectorNames.NONE, new SdkMcpClient(), cipher, clock),
            persistence.health(),
            jwtSecret,
            config.jwtExpiry(),
            Version.current(),
            clock);
    // Holds no connection until a run lists or calls a tool; its idle sweeper is a daemon thread.
    PooledMcpToolSource mcpTools =
        new PooledMcpToolSource(new StoredMcpServerConfigs(persistence.mcpServers(), cipher));
    HttpServer server;
    try {
      server = HttpServer.start(deps, config.bindAddress(), config.port());
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
    return new Serving(server, runtimeSettings, new AgentPorts(mcpTools, contextLibrary));
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

  /** The port the HTTP server listens on (useful when configured as 0). */
  public int port() {
    return http.port();
  }

  /** The settings as the running server reads them, for the features wired after this one. */
  RuntimeSettings runtimeSettings() {
    return runtimeSettings;
  }

  /** The MCP servers' tools for the agent loop (contract §5.4); closed with the application. */
  McpToolSource mcpToolSource() {
    return agentPorts.mcpTools();
  }

  /** The context files as the agent reads them, PDFs as their text (contract §5.4). */
  ContextLibrary contextLibrary() {
    return agentPorts.contextLibrary();
  }

  /** Stops accepting requests, stops the MCP servers (process trees), then closes the database pool. */
  @Override
  public void close() {
    LOG.info("Shutting down");
    try {
      http.close();
    } finally {
      try {
        agentPorts.mcpTools().close();
      } finally {
        persistence.close();
      }
    }
    LOG.info("Stopped");
  }
}
