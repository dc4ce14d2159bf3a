package dev.akmatori.application.tool;

/** The fake honours the same contract as the databases. */
class InMemorySshKeyRepositoryTest extends SshKeyRepositoryContract {
  @Override
  protected ToolStores newStores() {
    return ToolStores.inMemory();
  }
}
