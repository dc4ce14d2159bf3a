package dev.akmatori.application.runbook;

/** The fake honours the same contract as the databases. */
class InMemoryRunbookRepositoryTest extends RunbookRepositoryContract {
  @Override
  protected RunbookRepository newRepository() {
    return new InMemoryRunbookRepository();
  }
}
