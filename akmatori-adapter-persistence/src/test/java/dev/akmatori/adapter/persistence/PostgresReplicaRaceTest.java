package dev.akmatori.adapter.persistence;

/** Replica races on one PostgreSQL schema shared by two pools. */
class PostgresReplicaRaceTest extends ReplicaRaceContract {
  @Override
  TestDatabase openDatabase() {
    return TestDatabases.postgres();
  }
}
