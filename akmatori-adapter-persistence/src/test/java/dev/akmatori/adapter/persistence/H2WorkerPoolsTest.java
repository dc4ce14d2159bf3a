package dev.akmatori.adapter.persistence;

/** Two worker pools on one in-memory H2 (one process, two pools: the claim still happens once). */
class H2WorkerPoolsTest extends WorkerPoolsContract {
  @Override
  TestDatabase openDatabase() {
    return TestDatabases.h2();
  }
}
