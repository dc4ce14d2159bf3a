package dev.akmatori.adapter.persistence;

/** Tool replica races on one PostgreSQL schema shared by two pools. */
class PostgresToolReplicaRaceTest extends ToolReplicaRaceContract {
  @Override
  TestDatabase openDatabase() {
    return TestDatabases.postgres();
  }
}
