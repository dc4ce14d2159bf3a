package dev.akmatori.adapter.persistence;

import dev.akmatori.application.tool.ToolInstanceRepositoryContract;
import dev.akmatori.application.tool.ToolStores;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The tool instance repository contract on an in-memory H2. */
class H2ToolInstanceRepositoryTest extends ToolInstanceRepositoryContract {
  @RegisterExtension final DatabasesPerTest databases = new DatabasesPerTest(TestDatabases::h2);

  @Override
  protected ToolStores newStores() {
    return ToolRepositories.of(databases.open().adapter());
  }
}
