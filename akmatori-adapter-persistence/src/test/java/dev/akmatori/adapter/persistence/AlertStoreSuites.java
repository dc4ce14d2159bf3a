package dev.akmatori.adapter.persistence;

import dev.akmatori.application.alert.AlertIngestionContract;
import dev.akmatori.application.alert.AlertRepositoryContract;
import dev.akmatori.application.alert.AlertStores;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;

/** The alert contracts over a real database, each test on a fresh one. */
final class AlertStoreSuites {
  private AlertStoreSuites() {}

  static AlertStores stores(TestDatabase db) {
    return new AlertStores(db.adapter().alerts(), IncidentStoreSuites.stores(db));
  }

  /** Opens databases on demand and closes them after each test. */
  static final class Databases {
    private final Supplier<TestDatabase> opener;
    private final List<TestDatabase> open = new ArrayList<>();

    Databases(Supplier<TestDatabase> opener) {
      this.opener = opener;
    }

    AlertStores next() {
      TestDatabase db = opener.get();
      open.add(db);
      return stores(db);
    }

    void closeAll() {
      open.forEach(TestDatabase::close);
      open.clear();
    }
  }

  abstract static class Repository extends AlertRepositoryContract {
    private final Databases databases;

    Repository(Supplier<TestDatabase> opener) {
      this.databases = new Databases(opener);
    }

    @Override
    protected AlertStores newStores() {
      return databases.next();
    }

    @AfterEach
    void closeDatabases() {
      databases.closeAll();
    }
  }

  abstract static class Ingestion extends AlertIngestionContract {
    private final Databases databases;

    Ingestion(Supplier<TestDatabase> opener) {
      this.databases = new Databases(opener);
    }

    @Override
    protected AlertStores newStores() {
      return databases.next();
    }

    @AfterEach
    void closeDatabases() {
      databases.closeAll();
    }
  }
}
