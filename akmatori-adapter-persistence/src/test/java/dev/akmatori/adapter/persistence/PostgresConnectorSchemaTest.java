package dev.akmatori.adapter.persistence;

/** Migration V7's guarantees on a fresh PostgreSQL schema. */
class PostgresConnectorSchemaTest extends ConnectorSchemaContract {
  @Override
  protected TestDatabase newDatabase() {
    return TestDatabases.postgres();
  }
}
