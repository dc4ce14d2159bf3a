package dev.akmatori.adapter.persistence;

import dev.akmatori.application.connector.ConnectorStores;
import dev.akmatori.application.connector.HttpConnectorRepositoryContract;
import org.junit.jupiter.api.AfterEach;

/** The HTTP connector repository contract on a fresh PostgreSQL schema. */
class PostgresHttpConnectorRepositoryTest extends HttpConnectorRepositoryContract {
  private TestDatabase database;

  @Override
  protected ConnectorStores newStores() {
    database = TestDatabases.postgres();
    return new ConnectorStores(database.adapter().httpConnectors(), ToolRepositories.of(database.adapter()));
  }

  @AfterEach
  void closeDatabase() {
    if (database != null) {
      database.close();
    }
  }
}
