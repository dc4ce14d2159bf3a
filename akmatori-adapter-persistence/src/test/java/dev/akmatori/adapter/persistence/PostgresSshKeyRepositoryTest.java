package dev.akmatori.adapter.persistence;

import dev.akmatori.application.tool.SshKeyRepositoryContract;
import dev.akmatori.application.tool.ToolStores;
import org.junit.jupiter.api.AfterEach;

/** The SSH key repository contract on a fresh PostgreSQL schema. */
class PostgresSshKeyRepositoryTest extends SshKeyRepositoryContract {
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
