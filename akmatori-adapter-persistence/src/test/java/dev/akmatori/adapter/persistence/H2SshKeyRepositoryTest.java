package dev.akmatori.adapter.persistence;

import dev.akmatori.application.tool.SshKeyRepositoryContract;
import dev.akmatori.application.tool.ToolStores;
import org.junit.jupiter.api.AfterEach;

/** The SSH key repository contract on an in-memory H2. */
class H2SshKeyRepositoryTest extends SshKeyRepositoryContract {
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
