package dev.akmatori.adapter.persistence;

import dev.akmatori.application.context.ContextFileRepository;
import dev.akmatori.application.context.ContextFileRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The context file repository contract on an in-memory H2. */
class H2ContextFileRepositoryTest extends ContextFileRepositoryContract {
  @RegisterExtension final DatabasesPerTest databases = new DatabasesPerTest(TestDatabases::h2);

  @Override
  protected ContextFileRepository newRepository() {
    return databases.open().adapter().contextFiles();
  }
}
