package dev.akmatori.application.connector;

/** The fake honours the same contract as the databases. */
class InMemoryHttpConnectorRepositoryTest extends HttpConnectorRepositoryContract {
  @Override
  protected ConnectorStores newStores() {
    return ConnectorStores.inMemory();
  }
}
