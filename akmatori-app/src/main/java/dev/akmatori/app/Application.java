package dev.akmatori.app;

import dev.akmatori.adapter.http.HttpDependencies;
import dev.akmatori.adapter.http.HttpServer;
import dev.akmatori.adapter.llm.mcp.SdkMcpClient;
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
import dev.akmatori.application.mcp.ConnectorNames;
import dev.akmatori.application.mcp.McpServerService;
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
  private final HttpServer http;

  private Application(PersistenceAdapter persistence, HttpServer http) {
    this.persistence = persistence;
    this.http = http;
  }

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

  private static HttpServer startServing(AppConfig config, PersistenceAdapter persistence) {
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

    HttpDependencies deps =
        new HttpDependencies(
            runbooks,
            new ApiKeyService(persistence.apiKeys(), random, clock),
            new LoginService(admin, new LoginThrottle(clock)),
            admin,
            new ListIncidents(persistence.incidents()),
            new McpServerService(
                persistence.mcpServers(), ConnectorNames.NONE, new SdkMcpClient(), cipher, clock),
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

  /** Stops accepting requests, then closes the database pool. */
  @Override
  public void close() {
    LOG.info("Shutting down");
    try {
      http.close();
    } finally {
      persistence.close();
    }
    LOG.info("Stopped");
  }
}
