package dev.akmatori.adapter.persistence;

/** Tool secrets at rest on a fresh PostgreSQL schema. */
class PostgresToolSecretsAtRestTest extends ToolSecretsAtRestContract {
  @Override
  TestDatabase openDatabase() {
    return TestDatabases.postgres();
  }
}
