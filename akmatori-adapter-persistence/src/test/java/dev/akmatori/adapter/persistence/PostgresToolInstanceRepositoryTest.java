package dev.akmatori.adapter.persistence;

import dev.akmatori.application.tool.ToolInstanceRepositoryContract;
import dev.akmatori.application.tool.ToolStores;
import org.junit.jupiter.api.AfterEach;

/** The tool instance repository contract on a fresh PostgreSQL schema. */
class PostgresToolInstanceRepositoryTest extends ToolInstanceRepositoryContract {
  private TestDatabase database;

  @Override
  protected ToolStores newStores() {
    database = TestDatabases.postgres();
    return ToolRepositories.of(database.adapter());
  }

  @AfterEach
  void closeDatabase() {
    if (database != null) {
      database.close();
    }
  }
}
