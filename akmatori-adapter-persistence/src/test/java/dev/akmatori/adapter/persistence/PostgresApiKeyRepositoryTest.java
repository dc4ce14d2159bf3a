package dev.akmatori.adapter.persistence;

import dev.akmatori.application.auth.ApiKeyRepository;
import dev.akmatori.application.auth.ApiKeyRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The API key repository contract on a fresh PostgreSQL schema. */
class PostgresApiKeyRepositoryTest extends ApiKeyRepositoryContract {
  @RegisterExtension final DatabasesPerTest databases = new DatabasesPerTest(TestDatabases::postgres);

  @Override
  protected ApiKeyRepository newRepository() {
    return databases.open().adapter().apiKeys();
  }
}
