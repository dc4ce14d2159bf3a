package dev.akmatori.adapter.persistence;

import dev.akmatori.application.auth.ApiKeyRepository;
import dev.akmatori.application.auth.ApiKeyRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The API key repository contract on an in-memory H2. */
class H2ApiKeyRepositoryTest extends ApiKeyRepositoryContract {
  @RegisterExtension final DatabasesPerTest databases = new DatabasesPerTest(TestDatabases::h2);

  @Override
  protected ApiKeyRepository newRepository() {
    return databases.open().adapter().apiKeys();
  }
}
