package dev.akmatori.application.mcp;

/** The fake honours the same contract as the databases. */
class InMemoryMcpServerRepositoryTest extends McpServerRepositoryContract {
  @Override
  protected McpServerRepository newRepository() {
    return new InMemoryMcpServerRepository();
  }
}
