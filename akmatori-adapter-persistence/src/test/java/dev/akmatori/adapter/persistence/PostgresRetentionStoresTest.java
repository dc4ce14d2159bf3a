package dev.akmatori.adapter.persistence;

import org.junit.jupiter.api.Nested;

/** The retention stores on a real PostgreSQL (a fresh schema per test). */
class PostgresRetentionStoresTest {
  @Nested
  class Runs extends RetentionStoreSuites.Runs {
    Runs() {
      super(TestDatabases::postgres);
    }
  }

  @Nested
  class Expired extends ExpiredIncidentsContract {
    @Override
    TestDatabase openDatabase() {
      return TestDatabases.postgres();
    }
  }

  @Nested
  class Replicas extends RetentionReplicaRaceContract {
    @Override
    TestDatabase openDatabase() {
      return TestDatabases.postgres();
    }
  }
}
