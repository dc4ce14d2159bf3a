package dev.akmatori.adapter.persistence;

/** Replica races on one in-memory H2 shared by two pools. */
class H2ReplicaRaceTest extends ReplicaRaceContract {
  @Override
  TestDatabase openDatabase() {
    return TestDatabases.h2();
  }
}
