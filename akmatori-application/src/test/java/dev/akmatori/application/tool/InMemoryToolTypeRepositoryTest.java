package dev.akmatori.application.tool;

/** The fake honours the same contract as the databases. */
class InMemoryToolTypeRepositoryTest extends ToolTypeRepositoryContract {
  @Override
  protected ToolTypeRepository newRepository() {
    return new InMemoryToolTypeRepository();
  }
}
