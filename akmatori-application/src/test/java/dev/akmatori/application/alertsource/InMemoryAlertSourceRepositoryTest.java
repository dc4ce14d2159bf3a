package dev.akmatori.application.alertsource;

/** The fake honours the same contract as the databases. */
class InMemoryAlertSourceRepositoryTest extends AlertSourceRepositoryContract {
  @Override
  protected Repositories newRepositories() {
    return new Repositories(new InMemoryAlertSourceTypeRepository(), new InMemoryAlertSourceRepository());
  }
}
