package dev.akmatori.adapter.persistence;

import dev.akmatori.application.mcp.McpServerRepository;
import dev.akmatori.application.mcp.McpServerRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The MCP server repository contract on a fresh PostgreSQL schema. */
class PostgresMcpServerRepositoryTest extends McpServerRepositoryContract {
  @RegisterExtension final DatabasesPerTest databases = new DatabasesPerTest(TestDatabases::postgres);

  @Override
  protected McpServerRepository newRepository() {
    return databases.open().adapter().mcpServers();
  }
}
