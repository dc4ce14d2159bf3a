package dev.akmatori.adapter.persistence;

import dev.akmatori.application.alertsource.AlertSourceTypeRepository;
import dev.akmatori.application.alertsource.AlertSourceTypeRepositoryContract;
import org.junit.jupiter.api.AfterEach;

/** The alert source type repository contract on a fresh PostgreSQL schema. */
class PostgresAlertSourceTypeRepositoryTest extends AlertSourceTypeRepositoryContract {
  private TestDatabase database;

  @Override
  protected AlertSourceTypeRepository newRepository() {
    database = TestDatabases.postgres();
    return database.adapter().alertSourceTypes();
  }

  @AfterEach
  void closeDatabase() {
    if (database != null) {
      database.close();
    }
  }
}
