package dev.akmatori.adapter.persistence;

import dev.akmatori.application.connector.ConnectorStores;
import dev.akmatori.application.connector.HttpConnectorRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The HTTP connector repository contract on an in-memory H2. */
class H2HttpConnectorRepositoryTest extends HttpConnectorRepositoryContract {
  @RegisterExtension final DatabasesPerTest databases = new DatabasesPerTest(TestDatabases::h2);

  @Override
  protected ConnectorStores newStores() {
    PersistenceAdapter adapter = databases.open().adapter();
    return new ConnectorStores(adapter.httpConnectors(), ToolRepositories.of(adapter));
  }
}
