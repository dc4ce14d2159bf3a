package dev.akmatori.app;

import dev.akmatori.adapter.http.HttpDependencies;
import dev.akmatori.adapter.http.HttpServer;
import dev.akmatori.adapter.persistence.AesGcmSecretCipher;
import dev.akmatori.adapter.persistence.DatabaseSettings;
import dev.akmatori.adapter.persistence.EncryptionKeys;
import dev.akmatori.adapter.persistence.FileRunbookMirror;
import dev.akmatori.adapter.persistence.PersistenceAdapter;
import dev.akmatori.application.auth.AdminAccount;
import dev.akmatori.application.auth.ApiKeyService;
import dev.akmatori.application.auth.JwtSecretSource;
import dev.akmatori.application.auth.LoginService;
import dev.akmatori.application.auth.LoginThrottle;
import dev.akmatori.application.auth.PasswordHasher;
import dev.akmatori.application.incident.ListIncidents;
import dev.akmatori.application.investigation.InvestigationWorkers;
import dev.akmatori.application.runbook.RunbookService;
import dev.akmatori.application.secret.EncryptionKeyCheck;
import dev.akmatori.application.secret.SecretCipher;
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

  private Application(PersistenceAdapter persistence, InvestigationWorkers workers, HttpServer http) {
    this.persistence = persistence;
    this.workers = workers;
    this.http = http;
  }

  /** Starts everything; on failure closes what was opened and rethrows. */
  public static Application start(AppConfig config) {
    return start(config, InvestigationEngine.standard());
  }

  /** As {@link #start(AppConfig)} with another agent loop, model settings or worker timings. */
  static Application start(AppConfig config, InvestigationEngine engine) {
    createDataLayout(config.dataDir());
    PersistenceAdapter persistence =
        PersistenceAdapter.open(
            new DatabaseSettings(
                config.dbUrl(), config.dbUser(), config.dbPassword(), config.dbPoolSize()));
    InvestigationWiring investigations = null;
    try {
      investigations = InvestigationWiring.create(config, persistence, engine, Clock.systemUTC());
      HttpServer http = startServing(config, persistence, investigations);
      investigations.workers.start();
      return new Application(persistence, investigations.workers, http);
    } catch (RuntimeException e) {
      if (investigations != null) {
        investigations.workers.close();
      }
      persistence.close();
      throw e;
    }
  }

  private static HttpServer startServing(
      AppConfig config, PersistenceAdapter persistence, InvestigationWiring investigations) {
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
    investigations.recover(persistence);

    HttpDependencies deps =
        new HttpDependencies(
            runbooks,
            new ApiKeyService(persistence.apiKeys(), random, clock),
            new LoginService(admin, new LoginThrottle(clock)),
            admin,
            new ListIncidents(persistence.incidents()),
            investigations.operations,
            persistence.health(),
            jwtSecret,
            config.jwtExpiry(),
            Version.current(),
            clock);
    HttpServer server = HttpServer.start(deps, config.bindAddress(), config.port());
    LOG.info(
        "Akmatori {} listening on http://{}:{} (API docs at /api/docs), database {}, data directory {}",
        Version.current(),
        config.bindAddress(),
        server.port(),
        persistence.describe(),
        config.dataDir());
    return server;
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

  /**
   * Stops accepting requests, stops the running investigations and re-queues them without counting
   * an interruption (contract §7), then closes the database pool.
   */
  @Override
  public void close() {
    LOG.info("Shutting down");
    try {
      http.close();
    } finally {
      try {
        workers.close();
      } finally {
        persistence.close();
      }
    }
    LOG.info("Stopped");
  }
}
