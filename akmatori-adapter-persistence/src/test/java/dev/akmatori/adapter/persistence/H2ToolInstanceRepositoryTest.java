package dev.akmatori.adapter.persistence;

import dev.akmatori.application.tool.ToolInstanceRepositoryContract;
import dev.akmatori.application.tool.ToolStores;
import org.junit.jupiter.api.AfterEach;

/** The tool instance repository contract on an in-memory H2. */
class H2ToolInstanceRepositoryTest extends ToolInstanceRepositoryContract {
  private TestDatabase database;

  @Override
  protected ToolStores newStores() {
    database = TestDatabases.h2();
    return ToolRepositories.of(database.adapter());
  }

  @AfterEach
  void closeDatabase() {
    if (database != null) {
      database.close();
    }
  }
}
