package dev.akmatori.adapter.persistence;

/** Configuration races on one in-memory H2 shared by two pools. */
class H2ConfigurationReplicaRaceTest extends ConfigurationReplicaRaceContract {
  @Override
  TestDatabase openDatabase() {
    return TestDatabases.h2();
  }
}
