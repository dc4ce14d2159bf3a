package dev.akmatori.adapter.persistence;

import dev.akmatori.application.alertsource.AlertSourceTypeRepository;
import dev.akmatori.application.alertsource.AlertSourceTypeRepositoryContract;
import org.junit.jupiter.api.AfterEach;

/** The alert source type repository contract on an in-memory H2. */
class H2AlertSourceTypeRepositoryTest extends AlertSourceTypeRepositoryContract {
  private TestDatabase database;

  @Override
  protected AlertSourceTypeRepository newRepository() {
    database = TestDatabases.h2();
    return database.adapter().alertSourceTypes();
  }

  @AfterEach
  void closeDatabase() {
    if (database != null) {
      database.close();
    }
  }
}
