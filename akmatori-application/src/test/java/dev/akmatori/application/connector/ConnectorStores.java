package dev.akmatori.application.connector;

import dev.akmatori.application.tool.InMemoryToolInstanceRepository;
import dev.akmatori.application.tool.InMemoryToolTypeRepository;
import dev.akmatori.application.tool.ToolStores;

/** The connector repository and the tool repositories over one store, as the contract suite takes them. */
public record ConnectorStores(HttpConnectorRepository connectors, ToolStores tools) {
  /** Fresh in-memory fakes wired like the database. */
  public static ConnectorStores inMemory() {
    ToolStores tools = ToolStores.inMemory();
    return new ConnectorStores(
        new InMemoryHttpConnectorRepository(
            (InMemoryToolTypeRepository) tools.types(), (InMemoryToolInstanceRepository) tools.instances()),
        tools);
  }
}
