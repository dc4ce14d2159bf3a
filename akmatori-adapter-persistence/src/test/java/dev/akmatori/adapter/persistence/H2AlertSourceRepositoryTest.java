package dev.akmatori.adapter.persistence;

import dev.akmatori.application.alertsource.AlertSourceRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The alert source repository contract on an in-memory H2, with the real cipher. */
class H2AlertSourceRepositoryTest extends AlertSourceRepositoryContract {
  @RegisterExtension final DatabasesPerTest databases = new DatabasesPerTest(TestDatabases::h2);

  @Override
  protected Repositories newRepositories() {
    PersistenceAdapter adapter = databases.open().adapter();
    return new Repositories(
        adapter.alertSourceTypes(), adapter.alertSources(new AesGcmSecretCipher(AesGcmSecretCipherTest.key(1))));
  }
}
