package dev.akmatori.adapter.persistence;

import dev.akmatori.application.tool.ToolTypeRepository;
import dev.akmatori.application.tool.ToolTypeRepositoryContract;
import org.junit.jupiter.api.AfterEach;

/** The tool type repository contract on an in-memory H2. */
class H2ToolTypeRepositoryTest extends ToolTypeRepositoryContract {
  private TestDatabase database;

  @Override
  protected ToolTypeRepository newRepository() {
    database = TestDatabases.h2();
    return database.adapter().toolTypes();
  }

  @AfterEach
  void closeDatabase() {
    if (database != null) {
      database.close();
    }
  }
}
