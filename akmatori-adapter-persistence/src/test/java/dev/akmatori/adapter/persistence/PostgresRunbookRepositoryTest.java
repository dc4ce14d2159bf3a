package dev.akmatori.adapter.persistence;

import dev.akmatori.application.runbook.RunbookRepository;
import dev.akmatori.application.runbook.RunbookRepositoryContract;
import org.junit.jupiter.api.AfterEach;

/** The runbook repository contract on a fresh PostgreSQL schema. */
class PostgresRunbookRepositoryTest extends RunbookRepositoryContract {
  private TestDatabase database;

  @Override
  protected RunbookRepository newRepository() {
    database = TestDatabases.postgres();
    return database.adapter().runbooks();
  }

  @AfterEach
  void closeDatabase() {
    if (database != null) {
      database.close();
    }
  }
}
