package dev.akmatori.adapter.persistence;

import org.junit.jupiter.api.Nested;

/** The alert repository and ingestion contracts on a fresh PostgreSQL schema. */
class PostgresAlertStoresTest {
  @Nested
  class Repository extends AlertStoreSuites.Repository {
    Repository() {
      super(TestDatabases::postgres);
    }
  }

  @Nested
  class Ingestion extends AlertStoreSuites.Ingestion {
    Ingestion() {
      super(TestDatabases::postgres);
    }
  }
}
