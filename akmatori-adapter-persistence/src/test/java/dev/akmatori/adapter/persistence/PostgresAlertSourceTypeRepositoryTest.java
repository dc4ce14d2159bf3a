package dev.akmatori.adapter.persistence;

import dev.akmatori.application.alertsource.AlertSourceTypeRepository;
import dev.akmatori.application.alertsource.AlertSourceTypeRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The alert source type repository contract on a fresh PostgreSQL schema. */
class PostgresAlertSourceTypeRepositoryTest extends AlertSourceTypeRepositoryContract {
  @RegisterExtension final DatabasesPerTest databases = new DatabasesPerTest(TestDatabases::postgres);

  @Override
  protected AlertSourceTypeRepository newRepository() {
    return databases.open().adapter().alertSourceTypes();
  }
}
