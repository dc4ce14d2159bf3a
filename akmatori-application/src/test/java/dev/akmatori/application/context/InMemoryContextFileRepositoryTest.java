package dev.akmatori.application.context;

/** The fake honours the same contract as the databases. */
class InMemoryContextFileRepositoryTest extends ContextFileRepositoryContract {
  @Override
  protected ContextFileRepository newRepository() {
    return new InMemoryContextFileRepository();
  }
}
