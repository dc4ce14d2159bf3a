package dev.akmatori.application.tool;

/** The fake honours the same contract as the databases. */
class InMemoryToolInstanceRepositoryTest extends ToolInstanceRepositoryContract {
  @Override
  protected ToolStores newStores() {
    return ToolStores.inMemory();
  }
}
