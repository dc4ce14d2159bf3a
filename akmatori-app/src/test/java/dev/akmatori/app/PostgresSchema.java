package dev.akmatori.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh schema on the real PostgreSQL of {@code AKMATORI_TEST_POSTGRES_URL} for one test: created
 * when the test first asks for it, dropped with everything in it after the test. When the variable
 * is unset, asking skips the test — unless {@code AKMATORI_REQUIRE_POSTGRES=true} (CI), where it
 * fails. Register it on an instance field with {@code @RegisterExtension}; tests of the same class
 * that run on H2 never ask, so they run either way. A suite that shares one server across its tests
 * (a per-class lifecycle) keeps it unregistered and calls {@link #drop()} itself once at the end.
 */
public final class PostgresSchema implements AfterEachCallback {
  static final String URL_VARIABLE = "AKMATORI_TEST_POSTGRES_URL";
  static final String REQUIRE_VARIABLE = "AKMATORI_REQUIRE_POSTGRES";

  private final String prefix;
  private String baseUrl;
  private String name;

  /** @param prefix starts the schema's name, e.g. {@code "sys"} for {@code sys_<uuid>} */
  public PostgresSchema(String prefix) {
    this.prefix = prefix;
  }

  /** The JDBC URL that works in this schema: the base URL with {@code currentSchema} set. */
  public String url() throws SQLException {
    String schema = name();
    return baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  /** The schema's name, to qualify tables with on a {@link #connect()} connection. */
  public String name() throws SQLException {
    if (name == null) {
      create();
    }
    return name;
  }

  /** A new connection on the base URL (not in the schema); the caller closes it. */
  public Connection connect() throws SQLException {
    name();
    return DriverManager.getConnection(baseUrl);
  }

  @Override
  public void afterEach(ExtensionContext context) throws SQLException {
    drop();
  }

  /** Drops the schema with everything in it, if it was created; it is created afresh when asked again. */
  public void drop() throws SQLException {
    if (name != null) {
      execute(baseUrl, "DROP SCHEMA " + name + " CASCADE");
      name = null;
    }
  }

  private void create() throws SQLException {
    String base = System.getenv(URL_VARIABLE);
    if (base == null || base.isBlank()) {
      assertThat(System.getenv(REQUIRE_VARIABLE))
          .as(URL_VARIABLE + " must be set when " + REQUIRE_VARIABLE + " is")
          .isNotEqualTo("true");
      Assumptions.abort(URL_VARIABLE + " is not set");
    }
    String schema = prefix + "_" + UUID.randomUUID().toString().replace("-", "");
    execute(base, "CREATE SCHEMA " + schema);
    baseUrl = base;
    name = schema;
  }

  private static void execute(String url, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
