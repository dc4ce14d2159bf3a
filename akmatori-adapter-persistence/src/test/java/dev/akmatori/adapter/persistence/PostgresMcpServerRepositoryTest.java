package dev.akmatori.adapter.persistence;

import dev.akmatori.application.mcp.McpServerRepository;
import dev.akmatori.application.mcp.McpServerRepositoryContract;
import org.junit.jupiter.api.AfterEach;

/** The MCP server repository contract on a fresh PostgreSQL schema. */
class PostgresMcpServerRepositoryTest extends McpServerRepositoryContract {
  private TestDatabase database;

  @Override
  protected McpServerRepository newRepository() {
    database = TestDatabases.postgres();
    return database.adapter().mcpServers();
  }

  @AfterEach
  void closeDatabase() {
    if (database != null) {
      database.close();
    }
  }
}
