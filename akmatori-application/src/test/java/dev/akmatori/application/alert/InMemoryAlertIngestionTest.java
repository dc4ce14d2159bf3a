package dev.akmatori.application.alert;

/** The ingestion contract over the in-memory fakes. */
class InMemoryAlertIngestionTest extends AlertIngestionContract {
  @Override
  protected AlertStores newStores() {
    return AlertStores.inMemory();
  }
}
