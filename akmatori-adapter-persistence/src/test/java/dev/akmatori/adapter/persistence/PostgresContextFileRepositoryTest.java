package dev.akmatori.adapter.persistence;

import dev.akmatori.application.context.ContextFileRepository;
import dev.akmatori.application.context.ContextFileRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The context file repository contract on a fresh PostgreSQL schema. */
class PostgresContextFileRepositoryTest extends ContextFileRepositoryContract {
  @RegisterExtension final DatabasesPerTest databases = new DatabasesPerTest(TestDatabases::postgres);

  @Override
  protected ContextFileRepository newRepository() {
    return databases.open().adapter().contextFiles();
  }
}
