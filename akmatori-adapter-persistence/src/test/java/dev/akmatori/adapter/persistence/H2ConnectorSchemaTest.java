package dev.akmatori.adapter.persistence;

/** Migration V7's guarantees on an in-memory H2. */
class H2ConnectorSchemaTest extends ConnectorSchemaContract {
  @Override
  protected TestDatabase newDatabase() {
    return TestDatabases.h2();
  }
}
