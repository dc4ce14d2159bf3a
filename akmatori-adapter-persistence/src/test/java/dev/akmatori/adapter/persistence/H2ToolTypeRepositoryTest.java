package dev.akmatori.adapter.persistence;

import dev.akmatori.application.tool.ToolTypeRepository;
import dev.akmatori.application.tool.ToolTypeRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The tool type repository contract on an in-memory H2. */
class H2ToolTypeRepositoryTest extends ToolTypeRepositoryContract {
  @RegisterExtension final DatabasesPerTest databases = new DatabasesPerTest(TestDatabases::h2);

  @Override
  protected ToolTypeRepository newRepository() {
    return databases.open().adapter().toolTypes();
  }
}
