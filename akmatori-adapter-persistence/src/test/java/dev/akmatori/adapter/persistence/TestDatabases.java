package dev.akmatori.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.abort;

import java.util.UUID;

/**
 * Fresh databases for tests, both opened through {@link PersistenceAdapter#open} so URL rewriting
 * and migrations run as in production: an in-memory H2, or a new schema in the PostgreSQL named by
 * {@code AKMATORI_TEST_POSTGRES_URL} (tests using it are skipped only when that is unset, and fail
 * instead when {@code AKMATORI_REQUIRE_POSTGRES=true}, as in CI).
 */
final class TestDatabases {
  static final String POSTGRES_URL_ENV = "AKMATORI_TEST_POSTGRES_URL";
  static final String REQUIRE_ENV = "AKMATORI_REQUIRE_POSTGRES";

  private TestDatabases() {}

  static TestDatabase h2() {
    String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    PersistenceAdapter adapter = PersistenceAdapter.open(new DatabaseSettings(url, "sa", "", 2));
    return new TestDatabase(adapter, url, url, "SHUTDOWN");
  }

  static TestDatabase postgres() {
    String base = System.getenv(POSTGRES_URL_ENV);
    if (base == null || base.isBlank()) {
      assertThat(System.getenv(REQUIRE_ENV))
          .as(POSTGRES_URL_ENV + " must be set when " + REQUIRE_ENV + " is")
          .isNotEqualToIgnoringCase("true");
      abort(POSTGRES_URL_ENV + " is not set; PostgreSQL tests skipped");
    }
    String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
    TestDatabase.execute(base, "CREATE SCHEMA " + schema);
    String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    try {
      PersistenceAdapter adapter = PersistenceAdapter.open(new DatabaseSettings(url, "", "", 2));
      return new TestDatabase(adapter, url, base, "DROP SCHEMA " + schema + " CASCADE");
    } catch (RuntimeException e) {
      TestDatabase.execute(base, "DROP SCHEMA " + schema + " CASCADE");
      throw e;
    }
  }

  static String userFor(String url) {
    return JdbcUrls.isH2(url) ? "sa" : "";
  }
}
