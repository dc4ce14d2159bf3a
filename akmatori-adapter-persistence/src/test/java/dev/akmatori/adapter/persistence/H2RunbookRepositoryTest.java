package dev.akmatori.adapter.persistence;

import dev.akmatori.application.runbook.RunbookRepository;
import dev.akmatori.application.runbook.RunbookRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The runbook repository contract on an in-memory H2. */
class H2RunbookRepositoryTest extends RunbookRepositoryContract {
  @RegisterExtension final DatabasesPerTest databases = new DatabasesPerTest(TestDatabases::h2);

  @Override
  protected RunbookRepository newRepository() {
    return databases.open().adapter().runbooks();
  }
}
