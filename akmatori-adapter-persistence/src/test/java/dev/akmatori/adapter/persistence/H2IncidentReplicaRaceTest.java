package dev.akmatori.adapter.persistence;

/** Incident races between two pools on one in-memory H2. */
class H2IncidentReplicaRaceTest extends IncidentReplicaRaceContract {
  @Override
  TestDatabase openDatabase() {
    return TestDatabases.h2();
  }
}
