package dev.akmatori.application.alertsource;

/** The fake honours the same contract as the databases. */
class InMemoryAlertSourceTypeRepositoryTest extends AlertSourceTypeRepositoryContract {
  @Override
  protected AlertSourceTypeRepository newRepository() {
    return new InMemoryAlertSourceTypeRepository();
  }
}
