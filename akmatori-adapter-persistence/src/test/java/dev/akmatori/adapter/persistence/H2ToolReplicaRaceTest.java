package dev.akmatori.adapter.persistence;

/** Tool replica races on one in-memory H2 shared by two pools. */
class H2ToolReplicaRaceTest extends ToolReplicaRaceContract {
  @Override
  TestDatabase openDatabase() {
    return TestDatabases.h2();
  }
}
