package dev.akmatori.adapter.persistence;

import dev.akmatori.application.alert.AlertIngestionContract;
import dev.akmatori.application.alert.AlertRepositoryContract;
import dev.akmatori.application.alert.AlertStores;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The alert contracts over a real database, each test on a fresh one. */
final class AlertStoreSuites {
  private AlertStoreSuites() {}

  static AlertStores stores(TestDatabase db) {
    return new AlertStores(db.adapter().alerts(), IncidentStoreSuites.stores(db));
  }

  abstract static class Repository extends AlertRepositoryContract {
    @RegisterExtension final DatabasesPerTest databases;

    Repository(Supplier<TestDatabase> opener) {
      databases = new DatabasesPerTest(opener);
    }

    @Override
    protected AlertStores newStores() {
      return stores(databases.open());
    }
  }

  abstract static class Ingestion extends AlertIngestionContract {
    @RegisterExtension final DatabasesPerTest databases;

    Ingestion(Supplier<TestDatabase> opener) {
      databases = new DatabasesPerTest(opener);
    }

    @Override
    protected AlertStores newStores() {
      return stores(databases.open());
    }
  }
}
