package dev.akmatori.adapter.llm.tool.postgresql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.abort;

import dev.akmatori.application.investigation.tool.AllowedInstance;
import dev.akmatori.domain.tool.BuiltinToolTypes;
import dev.akmatori.domain.tool.LogicalName;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.postgresql.Driver;

/**
 * The real PostgreSQL of {@code AKMATORI_TEST_POSTGRES_URL} (e.g. {@code
 * jdbc:postgresql://127.0.0.1:5432/test?user=postgres}): tests are skipped only when it is unset,
 * and fail instead when {@code AKMATORI_REQUIRE_POSTGRES=true}. Each test class gets its own
 * schema with sample tables, dropped afterwards.
 */
final class TestPostgres implements AutoCloseable {
  static final String URL_ENV = "AKMATORI_TEST_POSTGRES_URL";
  static final String REQUIRE_ENV = "AKMATORI_REQUIRE_POSTGRES";

  final String url;
  final String host;
  final int port;
  final String database;
  final String user;
  final String password;
  final String schema = "akm_sql_" + UUID.randomUUID().toString().replace("-", "");

  private TestPostgres(String url) {
    this.url = url;
    URI uri = URI.create(url.substring("jdbc:".length()));
    this.host = uri.getHost();
    this.port = uri.getPort() < 0 ? 5432 : uri.getPort();
    this.database = uri.getPath().substring(1);
    Map<String, String> query = query(uri.getRawQuery());
    this.user = query.getOrDefault("user", "postgres");
    this.password = query.getOrDefault("password", "");
  }

  /** Connects, or skips/fails the test class as the environment demands; creates the schema. */
  static TestPostgres start() throws SQLException {
    String url = System.getenv(URL_ENV);
    if (url == null || url.isBlank()) {
      assertThat(System.getenv(REQUIRE_ENV))
          .as(URL_ENV + " must be set when " + REQUIRE_ENV + " is")
          .isNotEqualToIgnoringCase("true");
      abort(URL_ENV + " is not set; PostgreSQL tests skipped");
    }
    TestPostgres postgres = new TestPostgres(url);
    postgres.execute("CREATE SCHEMA " + postgres.schema);
    return postgres;
  }

  /** A connection as the test's administrator, outside any read-only transaction. */
  Connection admin() throws SQLException {
    return new Driver().connect(url, new Properties());
  }

  void execute(String... statements) throws SQLException {
    try (Connection connection = admin(); Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    }
  }

  long count(String table) throws SQLException {
    try (Connection connection = admin(); Statement statement = connection.createStatement();
        var rows = statement.executeQuery("SELECT count(*) FROM " + schema + "." + table)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  /** The stored settings of an instance pointing at this database (no TLS on the test server). */
  Map<String, Object> settings(int timeoutSeconds) {
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("pg_host", host);
    settings.put("pg_port", port);
    settings.put("pg_database", database);
    settings.put("pg_username", user);
    settings.put("pg_password", password);
    settings.put("pg_ssl_mode", "disable");
    settings.put("pg_timeout", timeoutSeconds);
    return settings;
  }

  static AllowedInstance instance(Map<String, Object> settings) {
    return new AllowedInstance(
        7, "Test PG", new LogicalName("test-pg"), BuiltinToolTypes.byName("postgresql").orElseThrow(), settings);
  }

  @Override
  public void close() throws SQLException {
    execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> values = new LinkedHashMap<>();
    if (raw != null) {
      for (String pair : raw.split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          values.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
      }
    }
    return values;
  }
}
