package dev.akmatori.adapter.persistence;

import dev.akmatori.application.mcp.McpServerRepository;
import dev.akmatori.application.mcp.McpServerRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The MCP server repository contract on an in-memory H2. */
class H2McpServerRepositoryTest extends McpServerRepositoryContract {
  @RegisterExtension final DatabasesPerTest databases = new DatabasesPerTest(TestDatabases::h2);

  @Override
  protected McpServerRepository newRepository() {
    return databases.open().adapter().mcpServers();
  }
}
