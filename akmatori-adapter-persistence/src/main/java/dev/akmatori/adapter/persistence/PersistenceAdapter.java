package dev.akmatori.adapter.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.akmatori.application.alert.AlertRepository;
import dev.akmatori.application.alertsource.AlertSourceRepository;
import dev.akmatori.application.alertsource.AlertSourceTypeRepository;
import dev.akmatori.application.auth.ApiKeyRepository;
import dev.akmatori.application.connector.HttpConnectorRepository;
import dev.akmatori.application.context.ContextFileRepository;
import dev.akmatori.application.health.DatabaseHealth;
import dev.akmatori.application.incident.IncidentEventLog;
import dev.akmatori.application.incident.IncidentRepository;
import dev.akmatori.application.investigation.InvestigationQueue;
import dev.akmatori.application.investigation.RunJournal;
import dev.akmatori.application.mcp.McpServerRepository;
import dev.akmatori.application.metrics.PendingIncidents;
import dev.akmatori.application.notification.NotificationThreads;
import dev.akmatori.application.retention.ExpiredIncidents;
import dev.akmatori.application.retention.RetentionRuns;
import dev.akmatori.application.retention.StaleAlertLocks;
import dev.akmatori.application.runbook.RunbookRepository;
import dev.akmatori.application.secret.SecretCipher;
import dev.akmatori.application.settings.SettingsRepository;
import dev.akmatori.application.settings.SettingsStores;
import dev.akmatori.application.skill.SkillRepository;
import dev.akmatori.application.tool.SshKeyRepository;
import dev.akmatori.application.tool.ToolInstanceRepository;
import dev.akmatori.application.tool.ToolTypeRepository;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;

/**
 * The persistence adapter as the launcher sees it: a connection pool on a migrated schema and the
 * repositories over it, without exposing Jdbi, HikariCP or Flyway. Thread-safe; close it once.
 */
public final class PersistenceAdapter implements AutoCloseable {
  private static final int MIGRATION_CONNECTIONS = 2;

  private final HikariDataSource dataSource;
  private final Jdbi jdbi;
  private final String description;
  private final boolean postgres;
  private final boolean exclusive;
  private final RunbookRepository runbooks;
  private final ApiKeyRepository apiKeys;
  private final SettingsRepository settings;
  private final IncidentRepository incidents;
  private final IncidentEventLog incidentEvents;
  private final InvestigationQueue investigationQueue;
  private final RunJournal runJournal;
  private final ContextFileRepository contextFiles;
  private final McpServerRepository mcpServers;
  private final JdbiDatabaseHealth health;
  private final AlertSourceTypeRepository alertSourceTypes;
  private final ToolTypeRepository toolTypes;
  private final ToolInstanceRepository toolInstances;
  private final SshKeyRepository sshKeys;
  private final SkillRepository skills;
  private final HttpConnectorRepository httpConnectors;
  private final AlertRepository alerts;
  private final NotificationThreads notificationThreads;
  private final RetentionRuns retentionRuns;
  private final ExpiredIncidents expiredIncidents;

  private PersistenceAdapter(HikariDataSource dataSource, String url) {
    this.dataSource = dataSource;
    this.jdbi = Jdbi.create(dataSource).registerArgument(new StorableTextArguments());
    this.description = JdbcUrls.redacted(url);
    this.postgres = JdbcUrls.isPostgres(url);
    this.exclusive = JdbcUrls.isExclusive(url);
    this.runbooks = new JdbiRunbookRepository(jdbi);
    this.apiKeys = new JdbiApiKeyRepository(jdbi);
    this.settings = new JdbiSettingsRepository(jdbi, Clock.systemUTC());
    this.incidents = new JdbiIncidentRepository(jdbi, postgres);
    this.incidentEvents = new JdbiIncidentEventLog(jdbi);
    this.investigationQueue = new JdbiInvestigationQueue(jdbi, postgres);
    this.health = new JdbiDatabaseHealth(jdbi);
    this.runJournal = new JdbiRunJournal(jdbi, health);
    this.contextFiles = new JdbiContextFileRepository(jdbi);
    this.mcpServers = new JdbiMcpServerRepository(jdbi);
    this.alertSourceTypes = new JdbiAlertSourceTypeRepository(jdbi);
    this.toolTypes = new JdbiToolTypeRepository(jdbi);
    this.toolInstances = new JdbiToolInstanceRepository(jdbi);
    this.sshKeys = new JdbiSshKeyRepository(jdbi);
    this.skills = new JdbiSkillRepository(jdbi);
    this.httpConnectors = new JdbiHttpConnectorRepository(jdbi);
    this.alerts = new JdbiAlertRepository(jdbi, postgres);
    this.notificationThreads = new JdbiNotificationThreads(jdbi);
    this.retentionRuns = new JdbiRetentionRuns(jdbi);
    this.expiredIncidents = new JdbiExpiredIncidents(jdbi);
  }

  /**
   * Connects, migrates the schema to the newest version and returns the adapter.
   *
   * @throws IllegalStateException when the database cannot be reached or migrated (the message
   *     carries the URL without passwords)
   */
  public static PersistenceAdapter open(DatabaseSettings settings) {
    String url = JdbcUrls.effective(settings.jdbcUrl());
    String redacted = JdbcUrls.redacted(url);
    HikariDataSource dataSource;
    try {
      dataSource = new HikariDataSource(poolConfig(settings, url, "akmatori-db", settings.poolSize()));
    } catch (RuntimeException e) {
      throw new IllegalStateException("Cannot connect to the database " + redacted, e);
    }
    try {
      if (!Migrations.upToDate(dataSource, redacted)) {
        // Flyway may hold two connections at once; a pool of one would starve it, so it gets its own
        // short-lived pool (opened after the main one, which keeps an in-memory H2 database alive).
        try (HikariDataSource migrationPool =
            new HikariDataSource(poolConfig(settings, url, "akmatori-db-migration", MIGRATION_CONNECTIONS))) {
          Migrations.apply(migrationPool, redacted);
        }
      }
      return new PersistenceAdapter(dataSource, url);
    } catch (RuntimeException e) {
      dataSource.close();
      throw new IllegalStateException("Cannot migrate the database " + redacted, e);
    }
  }

  private static HikariConfig poolConfig(DatabaseSettings settings, String url, String name, int size) {
    HikariConfig config = new HikariConfig();
    config.setPoolName(name);
    config.setJdbcUrl(url);
    if (!settings.user().isEmpty()) {
      config.setUsername(settings.user());
    }
    if (!settings.password().isEmpty()) {
      config.setPassword(settings.password());
    }
    config.setMaximumPoolSize(size);
    return config;
  }

  /** True for PostgreSQL, false for H2. */
  public boolean isPostgres() {
    return postgres;
  }

  /**
   * True when no other process can open this database (an embedded H2 without {@code
   * AUTO_SERVER}): at startup every lease left in it belongs to a dead process.
   */
  public boolean isExclusive() {
    return exclusive;
  }

  /** The effective JDBC URL without user-info or password parameters, for the startup log. */
  public String describe() {
    return description;
  }

  public RunbookRepository runbooks() {
    return runbooks;
  }

  public ApiKeyRepository apiKeys() {
    return apiKeys;
  }

  public SettingsRepository settings() {
    return settings;
  }

  public IncidentRepository incidents() {
    return incidents;
  }

  public IncidentEventLog incidentEvents() {
    return incidentEvents;
  }

  public InvestigationQueue investigationQueue() {
    return investigationQueue;
  }

  /** The number of pending incidents, for the queue-depth gauge (one indexed count per call). */
  public PendingIncidents pendingIncidents() {
    return new JdbiPendingIncidents(jdbi);
  }

  /** The runs' events and model calls, many runs per transaction (ADR 0022). */
  public RunJournal runJournal() {
    return runJournal;
  }

  public ContextFileRepository contextFiles() {
    return contextFiles;
  }

  public McpServerRepository mcpServers() {
    return mcpServers;
  }

  public DatabaseHealth health() {
    return health;
  }

  public AlertSourceTypeRepository alertSourceTypes() {
    return alertSourceTypes;
  }

  /** Alert sources, their webhook secrets sealed with {@code cipher} (verified at startup first). */
  public AlertSourceRepository alertSources(SecretCipher cipher) {
    return new JdbiAlertSourceRepository(jdbi, cipher);
  }

  /** The settings resources, their secrets sealed with {@code cipher}. */
  public SettingsStores settingsStores(SecretCipher cipher) {
    return JdbiSettingsStores.create(jdbi, cipher);
  }

  public ToolTypeRepository toolTypes() {
    return toolTypes;
  }

  public ToolInstanceRepository toolInstances() {
    return toolInstances;
  }

  public SshKeyRepository sshKeys() {
    return sshKeys;
  }

  public SkillRepository skills() {
    return skills;
  }

  /** HTTP connectors, each written together with the tool type it registers. */
  public HttpConnectorRepository httpConnectors() {
    return httpConnectors;
  }

  /** Alerts and the serialised ingest transaction (contract §4.7). */
  public AlertRepository alerts() {
    return alerts;
  }

  /** The Slack threads of alert incidents (contract §3.10.2). */
  public NotificationThreads notificationThreads() {
    return notificationThreads;
  }

  /** The record of retention cleanup runs and their lease (contract §3.10.5). */
  public RetentionRuns retentionRuns() {
    return retentionRuns;
  }

  /** Finished incidents past their retention, read and deleted a page at a time (contract §3.10.5). */
  public ExpiredIncidents expiredIncidents() {
    return expiredIncidents;
  }

  /** Stale rows of the alert lock table, deleted by the retention cleanup (ADR 0026). */
  public StaleAlertLocks staleAlertLocks() {
    return new JdbiStaleAlertLocks(jdbi);
  }

  /** For tests and later repositories of this module. */
  Jdbi jdbi() {
    return jdbi;
  }

  /** Stops the health prober and closes every pooled connection. */
  @Override
  public void close() {
    health.close();
    dataSource.close();
  }
}
