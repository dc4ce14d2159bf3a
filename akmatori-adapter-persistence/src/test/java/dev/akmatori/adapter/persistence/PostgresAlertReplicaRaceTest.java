package dev.akmatori.adapter.persistence;

/** Alert ingestion racing on one PostgreSQL schema shared by two pools, as two replicas would. */
class PostgresAlertReplicaRaceTest extends AlertReplicaRaceContract {
  @Override
  TestDatabase openDatabase() {
    return TestDatabases.postgres();
  }
}
