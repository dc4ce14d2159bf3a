package dev.akmatori.application.incident;

import org.junit.jupiter.api.Nested;

/** The three incident contracts on the in-memory fakes. */
class InMemoryIncidentStoresTest {
  @Nested
  class Repository extends IncidentRepositoryContract {
    @Override
    protected IncidentStores newStores() {
      return IncidentStores.inMemory();
    }
  }

  @Nested
  class Events extends IncidentEventLogContract {
    @Override
    protected IncidentStores newStores() {
      return IncidentStores.inMemory();
    }
  }

  @Nested
  class Queue extends InvestigationQueueContract {
    @Override
    protected IncidentStores newStores() {
      return IncidentStores.inMemory();
    }
  }
}
