package dev.akmatori.adapter.persistence;

import org.junit.jupiter.api.Nested;

/** The incident repository, event log, run journal and queue contracts on an in-memory H2. */
class H2IncidentStoresTest {
  @Nested
  class Repository extends IncidentStoreSuites.Repository {
    Repository() {
      super(TestDatabases::h2);
    }
  }

  @Nested
  class Events extends IncidentStoreSuites.Events {
    Events() {
      super(TestDatabases::h2);
    }
  }

  @Nested
  class Journal extends IncidentStoreSuites.Journal {
    Journal() {
      super(TestDatabases::h2);
    }
  }

  @Nested
  class Queue extends IncidentStoreSuites.Queue {
    Queue() {
      super(TestDatabases::h2);
    }
  }
}
