package dev.akmatori.adapter.persistence;

/** Configuration races on one PostgreSQL schema shared by two pools. */
class PostgresConfigurationReplicaRaceTest extends ConfigurationReplicaRaceContract {
  @Override
  TestDatabase openDatabase() {
    return TestDatabases.postgres();
  }
}
