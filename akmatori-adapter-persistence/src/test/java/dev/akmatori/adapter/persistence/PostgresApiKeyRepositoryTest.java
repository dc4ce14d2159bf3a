package dev.akmatori.adapter.persistence;

import dev.akmatori.application.auth.ApiKeyRepository;
import dev.akmatori.application.auth.ApiKeyRepositoryContract;
import org.junit.jupiter.api.AfterEach;

/** The API key repository contract on a fresh PostgreSQL schema. */
class PostgresApiKeyRepositoryTest extends ApiKeyRepositoryContract {
  private TestDatabase database;

  @Override
  protected ApiKeyRepository newRepository() {
    database = TestDatabases.postgres();
    return database.adapter().apiKeys();
  }

  @AfterEach
  void closeDatabase() {
    if (database != null) {
      database.close();
    }
  }
}
