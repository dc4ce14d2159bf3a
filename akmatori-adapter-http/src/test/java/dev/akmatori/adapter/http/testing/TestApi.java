package dev.akmatori.adapter.http.testing;

import dev.akmatori.adapter.http.HttpApi;
import dev.akmatori.adapter.http.HttpDependencies;
import dev.akmatori.adapter.http.alert.AlertOperations;
import dev.akmatori.application.alert.AlertIncidentObserver;
import dev.akmatori.application.alert.InMemoryAlertRepository;
import dev.akmatori.application.alert.IngestAlerts;
import dev.akmatori.application.alert.ListAlerts;
import dev.akmatori.application.alertsource.AlertSourceService;
import dev.akmatori.application.alertsource.InMemoryAlertSourceRepository;
import dev.akmatori.application.alertsource.InMemoryAlertSourceTypeRepository;
import dev.akmatori.application.auth.AdminAccount;
import dev.akmatori.application.auth.ApiKeyService;
import dev.akmatori.application.auth.InMemoryApiKeyRepository;
import dev.akmatori.application.auth.LoginService;
import dev.akmatori.application.auth.LoginThrottle;
import dev.akmatori.application.connector.ConnectorChanges;
import dev.akmatori.application.connector.ConnectorDirectory;
import dev.akmatori.application.connector.ConnectorStores;
import dev.akmatori.application.connector.HttpConnectorService;
import dev.akmatori.application.context.ContextFileService;
import dev.akmatori.application.context.InMemoryContextFileRepository;
import dev.akmatori.application.context.InMemoryContextFileStore;
import dev.akmatori.application.health.DatabaseHealth;
import dev.akmatori.adapter.http.incident.IncidentOperations;
import dev.akmatori.application.incident.GetIncident;
import dev.akmatori.application.incident.InMemoryIncidentRepository;
import dev.akmatori.application.incident.InMemoryIncidents;
import dev.akmatori.application.incident.IncidentEventFeed;
import dev.akmatori.application.incident.ListIncidents;
import dev.akmatori.application.investigation.CancelIncident;
import dev.akmatori.application.investigation.CreateIncident;
import dev.akmatori.application.investigation.InMemoryIncidentWorkspace;
import dev.akmatori.application.mcp.InMemoryMcpServerRepository;
import dev.akmatori.application.mcp.ManageMcpServers;
import dev.akmatori.application.mcp.McpServerService;
import dev.akmatori.application.mcp.ScriptedMcpClient;
import dev.akmatori.application.retention.InMemoryRetentionRuns;
import dev.akmatori.application.runbook.InMemoryRunbookRepository;
import dev.akmatori.application.runbook.ManageRunbooks;
import dev.akmatori.application.runbook.RunbookService;
import dev.akmatori.application.settings.InMemorySettingsStores;
import dev.akmatori.application.settings.PublicBaseUrl;
import dev.akmatori.application.settings.SettingsStores;
import dev.akmatori.application.settings.SettingsUseCases;
import dev.akmatori.application.skill.InMemorySkillDirectories;
import dev.akmatori.application.skill.InMemorySkillRepository;
import dev.akmatori.application.skill.SkillFileFollower;
import dev.akmatori.application.skill.SkillMirror;
import dev.akmatori.application.skill.SkillScriptService;
import dev.akmatori.application.skill.SkillService;
import dev.akmatori.application.skill.SystemSkill;
import dev.akmatori.application.testing.ReversibleTestCipher;
import dev.akmatori.application.tool.SshKeyService;
import dev.akmatori.application.tool.ToolInstanceService;
import dev.akmatori.application.tool.ToolInstances;
import dev.akmatori.application.tool.ToolStores;
import dev.akmatori.application.tool.ToolTypeCatalogue;
import dev.akmatori.domain.alert.CorrelationWindow;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The real HTTP stack over in-memory fakes, listening on a free loopback port. One per test; the
 * expensive admin account is shared (see {@link TestAccounts}).
 */
public final class TestApi implements AutoCloseable {
  public static final Instant START = Instant.parse("2026-05-06T09:30:12.481Z");
  public static final String VERSION = "1.2.3-test";
  public static final String FALLBACK_BASE_URL = "http://localhost:8080";
  private static final ReversibleTestCipher TOOL_CIPHER = new ReversibleTestCipher("tools");

  public final MutableClock clock = new MutableClock(START);
  public final TestTokens tokens = new TestTokens(clock);
  public final InMemoryRunbookRepository runbookStore = new InMemoryRunbookRepository();
  public final InMemoryApiKeyRepository apiKeyStore = new InMemoryApiKeyRepository();
  public final InMemoryIncidents incidents = new InMemoryIncidents();
  public final InMemoryIncidentRepository incidentStore = incidents.repository;
  public final InMemoryIncidentWorkspace workspace = new InMemoryIncidentWorkspace();
  /** How often the create use case woke the (absent) workers. */
  public final AtomicInteger wakeUps = new AtomicInteger();
  public final InMemoryContextFileRepository contextFileRows = new InMemoryContextFileRepository();
  public final InMemoryContextFileStore contextFileBytes = new InMemoryContextFileStore();
  /** Filenames the context file service reported deleted, in order. */
  public final List<String> contextFilesDeleted = new CopyOnWriteArrayList<>();
  /** Where alert sources and settings live; the webhook fallback base is {@link #FALLBACK_BASE_URL}. */
  public final InMemoryAlertSourceRepository alertSourceStore = new InMemoryAlertSourceRepository();
  public final SettingsStores settingsStores = InMemorySettingsStores.create();
  /** The record of retention cleanup runs behind {@code GET /api/settings/retention/last-run}. */
  public final InMemoryRetentionRuns retentionRuns = new InMemoryRetentionRuns();
  public final AlertSourceService alertSources;
  /** Connector and tool stores over one fake store; stored tool secrets start with {@code test:tools:}. */
  public final ConnectorStores connectorStores = ConnectorStores.inMemory();
  /** Tool stores with the built-in types seeded. */
  public final ToolStores toolStores = connectorStores.tools();
  /** Alerts over the incident fakes; webhook-created incidents also count in {@link #wakeUps}. */
  public final InMemoryAlertRepository alertStore = new InMemoryAlertRepository(incidentStore);
  public final InMemoryMcpServerRepository mcpServerStore = new InMemoryMcpServerRepository();
  public final ScriptedMcpClient mcpClient = new ScriptedMcpClient();
  public final Set<String> connectorTypes = ConcurrentHashMap.newKeySet();
  /** Skills over in-memory rows and directories; {@code incident-manager} is seeded. */
  public final InMemorySkillRepository skillStore = new InMemorySkillRepository(toolStores.instances());
  public final InMemorySkillDirectories skillDirectories = new InMemorySkillDirectories(clock);
  public final HttpDependencies deps;
  private final Javalin app;
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private TestApi(Setup setup) {
    ManageRunbooks runbooks =
        setup.runbooks != null ? setup.runbooks : new RunbookService(runbookStore, all -> {}, clock);
    AdminAccount admin = setup.admin != null ? setup.admin : TestAccounts.standard();
    this.alertSources =
        new AlertSourceService(
            new InMemoryAlertSourceTypeRepository(),
            alertSourceStore,
            new PublicBaseUrl(settingsStores.general(), () -> FALLBACK_BASE_URL, clock),
            UUID::randomUUID,
            clock);
    alertSources.seedTypes();
    ToolTypeCatalogue toolTypes = new ToolTypeCatalogue(toolStores.types(), clock);
    toolTypes.seedBuiltins();
    SkillMirror mirror = new SkillMirror(skillStore, skillDirectories,
        new ToolInstances(toolStores.types(), toolStores.instances(), toolStores.keys(), TOOL_CIPHER),
        contextFileBytes);
    SkillFileFollower follower = new SkillFileFollower(mirror, skillDirectories);
    ToolInstanceService tools = new ToolInstanceService(
        toolStores.types(), toolStores.instances(), toolStores.keys(), TOOL_CIPHER, follower, clock);
    SkillService skills = new SkillService(skillStore, skillDirectories, mirror, tools, clock);
    new SystemSkill(skillStore, clock).seed();
    mirror.regenerateAll();
    this.deps =
        HttpDependencies.builder()
            .apiKeys(new ApiKeyService(apiKeyStore, new SecureRandom(), clock))
            .login(new LoginService(admin, new LoginThrottle(clock)))
            .admin(admin)
            .jwtSecret(TestTokens.SECRET)
            .jwtExpiry(Duration.ofHours(24))
            .runbooks(runbooks)
            .contextFiles(new ContextFileService(contextFileRows, contextFileBytes, filename -> {
              contextFilesDeleted.add(filename);
              follower.deleted(filename);
            }, clock))
            .toolTypes(toolTypes)
            .tools(tools)
            .sshKeys(new SshKeyService(toolStores.types(), toolStores.instances(), toolStores.keys(), TOOL_CIPHER,
                UUID::randomUUID, clock))
            .mcpServers(setup.mcpServers != null ? setup.mcpServers : new McpServerService(
                mcpServerStore,
                name -> connectorTypes.stream().anyMatch(name::equalsIgnoreCase)
                    || new ConnectorDirectory(connectorStores.connectors()).connectorNamed(name),
                mcpClient,
                new ReversibleTestCipher("http-tests"),
                clock))
            .skills(skills)
            .skillScripts(new SkillScriptService(skills, skillDirectories))
            .httpConnectors(new HttpConnectorService(connectorStores.connectors(), toolStores.types(), mcpServerStore,
                TOOL_CIPHER, ConnectorChanges.NONE, clock))
            .incidents(new ListIncidents(incidentStore))
            .incidentOperations(new IncidentOperations(
                new CreateIncident(incidentStore, workspace, () -> "Investigate carefully.", wakeUps::incrementAndGet, clock, UUID::randomUUID),
                new GetIncident(incidentStore, incidents.events),
                new CancelIncident(incidentStore, incidents.queue, clock),
                new IncidentEventFeed(incidentStore, incidents.events),
                setup.streamPoll,
                setup.keepalive))
            .alertSources(alertSources)
            .alerts(new AlertOperations(
                new IngestAlerts(
                    new IngestAlerts.Ports(alertSources, alertStore, workspace, () -> "Investigate carefully.",
                        wakeUps::incrementAndGet, AlertIncidentObserver.NONE),
                    CorrelationWindow.ofMinutes(60), clock, UUID::randomUUID),
                new ListAlerts(alertStore, incidentStore)))
            .settings(SettingsUseCases.over(settingsStores, retentionRuns::latest, clock))
            .health(setup.health)
            .version(VERSION)
            .clock(clock)
            .build();
    this.app = setup.factory.apply(deps).start("127.0.0.1", 0);
  }

  public static TestApi start() {
    return new Setup().start();
  }

  public static Setup with() {
    return new Setup();
  }

  public int port() {
    return app.port();
  }

  public URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + port() + pathAndQuery);
  }

  /** A request with the admin's valid JWT. */
  public Reply get(String path) {
    return send(request(path).GET());
  }

  public Reply post(String path, String json) {
    return send(request(path).POST(BodyPublishers.ofString(json)).header("Content-Type", "application/json"));
  }

  public Reply put(String path, String json) {
    return send(request(path).PUT(BodyPublishers.ofString(json)).header("Content-Type", "application/json"));
  }

  public Reply delete(String path) {
    return send(request(path).DELETE());
  }

  /** An authenticated request builder; add or override headers freely. */
  public HttpRequest.Builder request(String path) {
    return anonymous(path).header("Authorization", "Bearer " + tokens.valid());
  }

  public HttpRequest.Builder anonymous(String path) {
    return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20));
  }

  /** A body of unknown length, so the client sends it chunked. */
  public static BodyPublisher chunked(Supplier<InputStream> body) {
    return BodyPublishers.ofInputStream(body);
  }

  public Reply send(HttpRequest.Builder request) {
    try {
      var response = client.send(request.build(), BodyHandlers.ofString());
      return new Reply(response.statusCode(), response.headers().map(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Sends {@code request} and keeps the body as bytes (downloads). */
  public HttpResponse<byte[]> fetch(HttpRequest.Builder request) {
    try {
      return client.send(request.build(), BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Stops at once: the graceful wait for idle keep-alive connections costs a second per test. */
  @Override
  public void close() {
    app.jettyServer().server().setStopTimeout(0);
    app.stop();
  }

  /** Overrides of the defaults, for the tests that need them. */
  public static final class Setup {
    private AdminAccount admin;
    private ManageRunbooks runbooks;
    private ManageMcpServers mcpServers;
    private DatabaseHealth health = timeout -> true;
    private Function<HttpDependencies, Javalin> factory = HttpApi::create;
    private Duration streamPoll = Duration.ofMillis(50);
    private Duration keepalive = Duration.ofSeconds(15);

    /** Event stream timings: database poll and keepalive interval. */
    public Setup streams(Duration poll, Duration keepaliveEvery) {
      this.streamPoll = poll;
      this.keepalive = keepaliveEvery;
      return this;
    }

    public Setup admin(AdminAccount account) {
      this.admin = account;
      return this;
    }

    public Setup runbooks(ManageRunbooks useCase) {
      this.runbooks = useCase;
      return this;
    }

    public Setup mcpServers(ManageMcpServers useCase) {
      this.mcpServers = useCase;
      return this;
    }

    public Setup health(DatabaseHealth probe) {
      this.health = probe;
      return this;
    }

    public Setup factory(Function<HttpDependencies, Javalin> appFactory) {
      this.factory = appFactory;
      return this;
    }

    public TestApi start() {
      return new TestApi(this);
    }
  }
}
