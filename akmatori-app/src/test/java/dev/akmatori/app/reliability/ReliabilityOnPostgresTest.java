package dev.akmatori.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The reliability suite on a real PostgreSQL, in a fresh schema: PostgreSQL refuses some text that
 * H2 stores (a NUL character), so bad input must be stopped before it reaches either. Skipped only
 * when {@code AKMATORI_TEST_POSTGRES_URL} is unset and CI does not require it.
 */
class ReliabilityOnPostgresTest extends ReliabilitySuite {
  private static final String URL_VARIABLE = "AKMATORI_TEST_POSTGRES_URL";

  private String baseUrl;
  private String schema;

  @Override
  protected Map<String, String> database() throws Exception {
    baseUrl = System.getenv(URL_VARIABLE);
    if (baseUrl == null || baseUrl.isBlank()) {
      assertThat(System.getenv("AKMATORI_REQUIRE_POSTGRES"))
          .as(URL_VARIABLE + " must be set when AKMATORI_REQUIRE_POSTGRES is")
          .isNotEqualTo("true");
      Assumptions.abort(URL_VARIABLE + " is not set");
    }
    schema = "rel_" + UUID.randomUUID().toString().replace("-", "");
    execute("CREATE SCHEMA " + schema);
    return Map.of("AKMATORI_DB_URL", baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema);
  }

  @Override
  protected void dropDatabase() throws Exception {
    if (schema != null) {
      execute("DROP SCHEMA " + schema + " CASCADE");
    }
  }

  private void execute(String sql) throws Exception {
    try (Connection c = DriverManager.getConnection(baseUrl); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
