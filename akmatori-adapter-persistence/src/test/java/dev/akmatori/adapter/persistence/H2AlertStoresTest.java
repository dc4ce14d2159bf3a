package dev.akmatori.adapter.persistence;

import org.junit.jupiter.api.Nested;

/** The alert repository and ingestion contracts on an in-memory H2. */
class H2AlertStoresTest {
  @Nested
  class Repository extends AlertStoreSuites.Repository {
    Repository() {
      super(TestDatabases::h2);
    }
  }

  @Nested
  class Ingestion extends AlertStoreSuites.Ingestion {
    Ingestion() {
      super(TestDatabases::h2);
    }
  }
}
