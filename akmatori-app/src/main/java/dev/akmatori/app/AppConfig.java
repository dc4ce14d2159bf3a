package dev.akmatori.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the server reads from its environment (contract §7). Built once at startup by {@link
 * #fromEnvironment}; an invalid value throws {@link ConfigException} naming the variable.
 */
public record AppConfig(
    Path dataDir,
    String dbUrl,
    String dbUser,
    String dbPassword,
    int dbPoolSize,
    String bindAddress,
    int port,
    String baseUrl,
    LogFormat logFormat,
    String logLevel,
    String adminUsername,
    Optional<String> adminPassword,
    Optional<String> jwtSecret,
    Duration jwtExpiry,
    Optional<String> encryptionKey,
    int alertCorrelationWindowMinutes,
    int maxConcurrentInvestigations,
    int agentMaxSteps,
    int agentMaxTokens,
    Duration agentTimeout,
    boolean llmTitles) {

  /** Log line format. */
  public enum LogFormat {
    TEXT,
    JSON
  }

  public static AppConfig fromEnvironment(Map<String, String> environment) {
    EnvReader env = new EnvReader(environment);
    Path dataDir = Path.of(env.string("AKMATORI_DATA_DIR", "./data")).toAbsolutePath().normalize();
    String defaultUrl =
        "jdbc:h2:file:" + dataDir.resolve("db").resolve("akmatori") + ";LOCK_TIMEOUT=10000";
    String dbUrl = env.string("AKMATORI_DB_URL", defaultUrl);
    if (!dbUrl.startsWith("jdbc:h2:") && !dbUrl.startsWith("jdbc:postgresql:")) {
      throw new ConfigException("AKMATORI_DB_URL", "must be a jdbc:h2: or jdbc:postgresql: URL");
    }
    String defaultUser = dbUrl.startsWith("jdbc:h2:") ? "sa" : "";
    String username = env.string("AKMATORI_ADMIN_USERNAME", "admin");
    if (username.isBlank()) {
      throw new ConfigException("AKMATORI_ADMIN_USERNAME", "must not be blank");
    }
    return new AppConfig(
        dataDir,
        dbUrl,
        env.string("AKMATORI_DB_USER", defaultUser),
        env.string("AKMATORI_DB_PASSWORD", ""),
        env.integer("AKMATORI_DB_POOL_SIZE", 10, 1, 1000),
        env.string("AKMATORI_BIND_ADDRESS", "0.0.0.0"),
        env.integer("AKMATORI_PORT", 8080, 0, 65535),
        env.string("AKMATORI_BASE_URL", ""),
        LogFormat.valueOf(env.oneOf("AKMATORI_LOG_FORMAT", "TEXT", "TEXT", "JSON")),
        env.oneOf("AKMATORI_LOG_LEVEL", "INFO", "TRACE", "DEBUG", "INFO", "WARN", "ERROR"),
        username,
        env.optional("AKMATORI_ADMIN_PASSWORD"),
        env.optional("AKMATORI_JWT_SECRET"),
        env.duration("AKMATORI_JWT_EXPIRY", Duration.ofHours(24)),
        env.optional("AKMATORI_ENCRYPTION_KEY"),
        env.integer("AKMATORI_ALERT_CORRELATION_WINDOW_MINUTES", 60, 0, Integer.MAX_VALUE),
        env.integer("AKMATORI_MAX_CONCURRENT_INVESTIGATIONS", 4, 1, 10_000),
        env.integer("AKMATORI_AGENT_MAX_STEPS", 50, 1, Integer.MAX_VALUE),
        env.integer("AKMATORI_AGENT_MAX_TOKENS", 0, 0, Integer.MAX_VALUE),
        env.duration("AKMATORI_AGENT_TIMEOUT", Duration.ofMinutes(60)),
        env.bool("AKMATORI_LLM_TITLES", false));
  }

  public boolean isPostgres() {
    return dbUrl.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:");
  }

  /** The public base URL when no general setting overrides it. */
  public String effectiveBaseUrl() {
    return baseUrl.isEmpty() ? "http://localhost:" + port : baseUrl;
  }

  @Override
  public String toString() {
    // Never print passwords, secrets or keys.
    return "AppConfig[dataDir=" + dataDir + ", port=" + port + ", bindAddress=" + bindAddress + "]";
  }
}
