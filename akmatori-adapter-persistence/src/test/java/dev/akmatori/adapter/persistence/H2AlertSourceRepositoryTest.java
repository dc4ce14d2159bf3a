package dev.akmatori.adapter.persistence;

import dev.akmatori.application.alertsource.AlertSourceRepositoryContract;
import org.junit.jupiter.api.AfterEach;

/** The alert source repository contract on an in-memory H2, with the real cipher. */
class H2AlertSourceRepositoryTest extends AlertSourceRepositoryContract {
  private TestDatabase database;

  @Override
  protected Repositories newRepositories() {
    database = TestDatabases.h2();
    PersistenceAdapter adapter = database.adapter();
    return new Repositories(
        adapter.alertSourceTypes(), adapter.alertSources(new AesGcmSecretCipher(AesGcmSecretCipherTest.key(1))));
  }

  @AfterEach
  void closeDatabase() {
    if (database != null) {
      database.close();
    }
  }
}
