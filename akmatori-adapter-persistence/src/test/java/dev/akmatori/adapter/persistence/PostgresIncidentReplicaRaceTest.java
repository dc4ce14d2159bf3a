package dev.akmatori.adapter.persistence;

/** Incident races between two replicas on one PostgreSQL schema. */
class PostgresIncidentReplicaRaceTest extends IncidentReplicaRaceContract {
  @Override
  TestDatabase openDatabase() {
    return TestDatabases.postgres();
  }
}
