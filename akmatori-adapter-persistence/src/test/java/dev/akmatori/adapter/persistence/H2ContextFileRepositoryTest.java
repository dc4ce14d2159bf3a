package dev.akmatori.adapter.persistence;

import dev.akmatori.application.context.ContextFileRepository;
import dev.akmatori.application.context.ContextFileRepositoryContract;
import org.junit.jupiter.api.AfterEach;

/** The context file repository contract on an in-memory H2. */
class H2ContextFileRepositoryTest extends ContextFileRepositoryContract {
  private TestDatabase database;

  @Override
  protected ContextFileRepository newRepository() {
    database = TestDatabases.h2();
    return database.adapter().contextFiles();
  }

  @AfterEach
  void closeDatabase() {
    if (database != null) {
      database.close();
    }
  }
}
