package dev.akmatori.adapter.persistence;

import dev.akmatori.application.alertsource.AlertSourceRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The alert source repository contract on a fresh PostgreSQL schema, with the real cipher. */
class PostgresAlertSourceRepositoryTest extends AlertSourceRepositoryContract {
  @RegisterExtension final DatabasesPerTest databases = new DatabasesPerTest(TestDatabases::postgres);

  @Override
  protected Repositories newRepositories() {
    PersistenceAdapter adapter = databases.open().adapter();
    return new Repositories(
        adapter.alertSourceTypes(), adapter.alertSources(new AesGcmSecretCipher(AesGcmSecretCipherTest.key(1))));
  }
}
