package dev.akmatori.adapter.persistence;

import dev.akmatori.application.context.ContextFileRepository;
import dev.akmatori.application.context.ContextFileRepositoryContract;
import org.junit.jupiter.api.AfterEach;

/** The context file repository contract on a fresh PostgreSQL schema. */
class PostgresContextFileRepositoryTest extends ContextFileRepositoryContract {
  private TestDatabase database;

  @Override
  protected ContextFileRepository newRepository() {
    database = TestDatabases.postgres();
    return database.adapter().contextFiles();
  }

  @AfterEach
  void closeDatabase() {
    if (database != null) {
      database.close();
    }
  }
}
