package dev.akmatori.adapter.persistence;

import dev.akmatori.application.connector.ConnectorStores;
import dev.akmatori.application.connector.HttpConnectorRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The HTTP connector repository contract on a fresh PostgreSQL schema. */
class PostgresHttpConnectorRepositoryTest extends HttpConnectorRepositoryContract {
  @RegisterExtension final DatabasesPerTest databases = new DatabasesPerTest(TestDatabases::postgres);

  @Override
  protected ConnectorStores newStores() {
    PersistenceAdapter adapter = databases.open().adapter();
    return new ConnectorStores(adapter.httpConnectors(), ToolRepositories.of(adapter));
  }
}
