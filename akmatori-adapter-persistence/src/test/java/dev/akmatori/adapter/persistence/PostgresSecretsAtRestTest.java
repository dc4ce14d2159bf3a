package dev.akmatori.adapter.persistence;

/** Secrets at rest on a fresh PostgreSQL schema. */
class PostgresSecretsAtRestTest extends SecretsAtRestContract {
  @Override
  TestDatabase openDatabase() {
    return TestDatabases.postgres();
  }
}
