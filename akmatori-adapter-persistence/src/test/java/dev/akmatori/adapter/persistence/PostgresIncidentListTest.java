package dev.akmatori.adapter.persistence;

/** The incident list on a fresh PostgreSQL schema. */
class PostgresIncidentListTest extends IncidentListContract {
  @Override
  TestDatabase openDatabase() {
    return TestDatabases.postgres();
  }
}
