package dev.akmatori.adapter.persistence;

import dev.akmatori.application.incident.IncidentEventLogContract;
import dev.akmatori.application.incident.IncidentRepositoryContract;
import dev.akmatori.application.incident.IncidentStores;
import dev.akmatori.application.incident.InvestigationQueueContract;
import dev.akmatori.application.incident.AtomicRunJournalContract;
import dev.akmatori.application.investigation.RunJournal;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The incident contracts over a real database, each test on a fresh one. */
final class IncidentStoreSuites {
  private IncidentStoreSuites() {}

  static IncidentStores stores(TestDatabase db) {
    PersistenceAdapter a = db.adapter();
    return new IncidentStores(a.incidents(), a.incidentEvents(), a.investigationQueue());
  }

  abstract static class Repository extends IncidentRepositoryContract {
    @RegisterExtension final DatabasesPerTest databases;

    Repository(Supplier<TestDatabase> opener) {
      databases = new DatabasesPerTest(opener);
    }

    @Override
    protected IncidentStores newStores() {
      return stores(databases.open());
    }
  }

  abstract static class Events extends IncidentEventLogContract {
    @RegisterExtension final DatabasesPerTest databases;

    Events(Supplier<TestDatabase> opener) {
      databases = new DatabasesPerTest(opener);
    }

    @Override
    protected IncidentStores newStores() {
      return stores(databases.open());
    }
  }

  abstract static class Journal extends AtomicRunJournalContract {
    @RegisterExtension final DatabasesPerTest databases;
    private TestDatabase last;

    Journal(Supplier<TestDatabase> opener) {
      databases = new DatabasesPerTest(opener);
    }

    @Override
    protected IncidentStores newStores() {
      last = databases.open();
      return stores(last);
    }

    @Override
    protected RunJournal journal() {
      return last.adapter().runJournal();
    }
  }

  abstract static class Queue extends InvestigationQueueContract {
    @RegisterExtension final DatabasesPerTest databases;

    Queue(Supplier<TestDatabase> opener) {
      databases = new DatabasesPerTest(opener);
    }

    @Override
    protected IncidentStores newStores() {
      return stores(databases.open());
    }
  }
}
