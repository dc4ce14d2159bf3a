package dev.akmatori.adapter.persistence;

import dev.akmatori.application.mcp.McpServerRepository;
import dev.akmatori.application.mcp.McpServerRepositoryContract;
import org.junit.jupiter.api.AfterEach;

/** The MCP server repository contract on an in-memory H2. */
class H2McpServerRepositoryTest extends McpServerRepositoryContract {
  private TestDatabase database;

  @Override
  protected McpServerRepository newRepository() {
    database = TestDatabases.h2();
    return database.adapter().mcpServers();
  }

  @AfterEach
  void closeDatabase() {
    if (database != null) {
      database.close();
    }
  }
}
