package dev.akmatori.adapter.persistence;

import dev.akmatori.application.auth.ApiKeyRepository;
import dev.akmatori.application.auth.ApiKeyRepositoryContract;
import org.junit.jupiter.api.AfterEach;

/** The API key repository contract on an in-memory H2. */
class H2ApiKeyRepositoryTest extends ApiKeyRepositoryContract {
  private TestDatabase database;

  @Override
  protected ApiKeyRepository newRepository() {
    database = TestDatabases.h2();
    return database.adapter().apiKeys();
  }

  @AfterEach
  void closeDatabase() {
    if (database != null) {
      database.close();
    }
  }
}
