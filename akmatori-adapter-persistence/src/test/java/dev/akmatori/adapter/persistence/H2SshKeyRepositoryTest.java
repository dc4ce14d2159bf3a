package dev.akmatori.adapter.persistence;

import dev.akmatori.application.tool.SshKeyRepositoryContract;
import dev.akmatori.application.tool.ToolStores;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The SSH key repository contract on an in-memory H2. */
class H2SshKeyRepositoryTest extends SshKeyRepositoryContract {
  @RegisterExtension final DatabasesPerTest databases = new DatabasesPerTest(TestDatabases::h2);

  @Override
  protected ToolStores newStores() {
    return ToolRepositories.of(databases.open().adapter());
  }
}
