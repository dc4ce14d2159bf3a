package dev.akmatori.adapter.persistence;

import dev.akmatori.application.tool.ToolTypeRepository;
import dev.akmatori.application.tool.ToolTypeRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The tool type repository contract on a fresh PostgreSQL schema. */
class PostgresToolTypeRepositoryTest extends ToolTypeRepositoryContract {
  @RegisterExtension final DatabasesPerTest databases = new DatabasesPerTest(TestDatabases::postgres);

  @Override
  protected ToolTypeRepository newRepository() {
    return databases.open().adapter().toolTypes();
  }
}
