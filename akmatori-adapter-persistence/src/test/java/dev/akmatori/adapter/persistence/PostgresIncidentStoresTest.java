package dev.akmatori.adapter.persistence;

import org.junit.jupiter.api.Nested;

/** The incident repository, event log, run journal and queue contracts on a fresh PostgreSQL schema. */
class PostgresIncidentStoresTest {
  @Nested
  class Repository extends IncidentStoreSuites.Repository {
    Repository() {
      super(TestDatabases::postgres);
    }
  }

  @Nested
  class Events extends IncidentStoreSuites.Events {
    Events() {
      super(TestDatabases::postgres);
    }
  }

  @Nested
  class Journal extends IncidentStoreSuites.Journal {
    Journal() {
      super(TestDatabases::postgres);
    }
  }

  @Nested
  class Queue extends IncidentStoreSuites.Queue {
    Queue() {
      super(TestDatabases::postgres);
    }
  }
}
