package dev.akmatori.adapter.persistence;

import dev.akmatori.application.connector.ConnectorStores;
import dev.akmatori.application.connector.HttpConnectorRepositoryContract;
import org.junit.jupiter.api.AfterEach;

/** The HTTP connector repository contract on an in-memory H2. */
class H2HttpConnectorRepositoryTest extends HttpConnectorRepositoryContract {
  private TestDatabase database;

  @Override
  protected ConnectorStores newStores() {
    database = TestDatabases.h2();
    return new ConnectorStores(database.adapter().httpConnectors(), ToolRepositories.of(database.adapter()));
  }

  @AfterEach
  void closeDatabase() {
    if (database != null) {
      database.close();
    }
  }
}
