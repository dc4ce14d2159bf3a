package dev.akmatori.adapter.persistence;

/** Alert ingestion racing on one in-memory H2 shared by two pools. */
class H2AlertReplicaRaceTest extends AlertReplicaRaceContract {
  @Override
  TestDatabase openDatabase() {
    return TestDatabases.h2();
  }
}
