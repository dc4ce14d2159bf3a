package dev.akmatori.adapter.persistence;

import dev.akmatori.application.runbook.RunbookRepository;
import dev.akmatori.application.runbook.RunbookRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The runbook repository contract on a fresh PostgreSQL schema. */
class PostgresRunbookRepositoryTest extends RunbookRepositoryContract {
  @RegisterExtension final DatabasesPerTest databases = new DatabasesPerTest(TestDatabases::postgres);

  @Override
  protected RunbookRepository newRepository() {
    return databases.open().adapter().runbooks();
  }
}
