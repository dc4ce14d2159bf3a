package dev.akmatori.application.alert;

/** The repository contract over the in-memory fake. */
class InMemoryAlertRepositoryTest extends AlertRepositoryContract {
  @Override
  protected AlertStores newStores() {
    return AlertStores.inMemory();
  }
}
