package dev.akmatori.adapter.persistence;

import org.junit.jupiter.api.Nested;

/** The retention stores on an in-memory H2. */
class H2RetentionStoresTest {
  @Nested
  class Runs extends RetentionStoreSuites.Runs {
    Runs() {
      super(TestDatabases::h2);
    }
  }

  @Nested
  class Expired extends ExpiredIncidentsContract {
    @Override
    TestDatabase openDatabase() {
      return TestDatabases.h2();
    }
  }

  @Nested
  class Replicas extends RetentionReplicaRaceContract {
    @Override
    TestDatabase openDatabase() {
      return TestDatabases.h2();
    }
  }
}
