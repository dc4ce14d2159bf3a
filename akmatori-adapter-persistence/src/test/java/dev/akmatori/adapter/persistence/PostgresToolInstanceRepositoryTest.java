package dev.akmatori.adapter.persistence;

import dev.akmatori.application.tool.ToolInstanceRepositoryContract;
import dev.akmatori.application.tool.ToolStores;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The tool instance repository contract on a fresh PostgreSQL schema. */
class PostgresToolInstanceRepositoryTest extends ToolInstanceRepositoryContract {
  @RegisterExtension final DatabasesPerTest databases = new DatabasesPerTest(TestDatabases::postgres);

  @Override
  protected ToolStores newStores() {
    return ToolRepositories.of(databases.open().adapter());
  }
}
