package dev.akmatori.adapter.persistence;

import dev.akmatori.application.tool.SshKeyRepositoryContract;
import dev.akmatori.application.tool.ToolStores;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The SSH key repository contract on a fresh PostgreSQL schema. */
class PostgresSshKeyRepositoryTest extends SshKeyRepositoryContract {
  @RegisterExtension final DatabasesPerTest databases = new DatabasesPerTest(TestDatabases::postgres);

  @Override
  protected ToolStores newStores() {
    return ToolRepositories.of(databases.open().adapter());
  }
}
