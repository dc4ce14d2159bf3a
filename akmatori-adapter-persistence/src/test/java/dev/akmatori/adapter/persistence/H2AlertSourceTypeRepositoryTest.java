package dev.akmatori.adapter.persistence;

import dev.akmatori.application.alertsource.AlertSourceTypeRepository;
import dev.akmatori.application.alertsource.AlertSourceTypeRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The alert source type repository contract on an in-memory H2. */
class H2AlertSourceTypeRepositoryTest extends AlertSourceTypeRepositoryContract {
  @RegisterExtension final DatabasesPerTest databases = new DatabasesPerTest(TestDatabases::h2);

  @Override
  protected AlertSourceTypeRepository newRepository() {
    return databases.open().adapter().alertSourceTypes();
  }
}
