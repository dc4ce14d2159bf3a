package dev.akmatori.adapter.persistence;

import dev.akmatori.application.incident.IncidentEventLogContract;
import dev.akmatori.application.incident.IncidentRepositoryContract;
import dev.akmatori.application.incident.IncidentStores;
import dev.akmatori.application.incident.InvestigationQueueContract;
import dev.akmatori.application.incident.RunJournalContract;
import dev.akmatori.application.investigation.RunJournal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;

/** The incident contracts over a real database, each test on a fresh one. */
final class IncidentStoreSuites {
  private IncidentStoreSuites() {}

  static IncidentStores stores(TestDatabase db) {
    PersistenceAdapter a = db.adapter();
    return new IncidentStores(a.incidents(), a.incidentEvents(), a.investigationQueue());
  }

  /** Opens databases on demand and closes them after each test. */
  static final class Databases {
    private final Supplier<TestDatabase> opener;
    private final List<TestDatabase> open = new ArrayList<>();

    Databases(Supplier<TestDatabase> opener) {
      this.opener = opener;
    }

    /** The adapter of the database opened last. */
    PersistenceAdapter last() {
      return open.get(open.size() - 1).adapter();
    }

    IncidentStores next() {
      TestDatabase db = opener.get();
      open.add(db);
      return stores(db);
    }

    void closeAll() {
      open.forEach(TestDatabase::close);
      open.clear();
    }
  }

  abstract static class Repository extends IncidentRepositoryContract {
    private final Databases databases;

    Repository(Supplier<TestDatabase> opener) {
      this.databases = new Databases(opener);
    }

    @Override
    protected IncidentStores newStores() {
      return databases.next();
    }

    @AfterEach
    void closeDatabases() {
      databases.closeAll();
    }
  }

  abstract static class Events extends IncidentEventLogContract {
    private final Databases databases;

    Events(Supplier<TestDatabase> opener) {
      this.databases = new Databases(opener);
    }

    @Override
    protected IncidentStores newStores() {
      return databases.next();
    }

    @AfterEach
    void closeDatabases() {
      databases.closeAll();
    }
  }

  abstract static class Journal extends RunJournalContract {
    private final Databases databases;

    Journal(Supplier<TestDatabase> opener) {
      this.databases = new Databases(opener);
    }

    @Override
    protected IncidentStores newStores() {
      return databases.next();
    }

    @Override
    protected RunJournal journal() {
      return databases.last().runJournal();
    }

    @AfterEach
    void closeDatabases() {
      databases.closeAll();
    }
  }

  abstract static class Queue extends InvestigationQueueContract {
    private final Databases databases;

    Queue(Supplier<TestDatabase> opener) {
      this.databases = new Databases(opener);
    }

    @Override
    protected IncidentStores newStores() {
      return databases.next();
    }

    @AfterEach
    void closeDatabases() {
      databases.closeAll();
    }
  }
}
