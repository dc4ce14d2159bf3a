package dev.akmatori.application.incident;

import dev.akmatori.application.investigation.RunJournal;
import org.junit.jupiter.api.Nested;

/** The incident contracts on the in-memory fakes. */
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
  class Journal extends RunJournalContract {
    private IncidentStores stores;

    @Override
    protected IncidentStores newStores() {
      stores = IncidentStores.inMemory();
      return stores;
    }

    @Override
    protected RunJournal journal() {
      return RunJournal.of(stores.events(), stores.incidents());
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
