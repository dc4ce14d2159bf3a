package dev.akmatori.adapter.persistence;

/** {@link AlertLockSweepContract} on a fresh in-memory H2. */
class H2AlertLockSweepTest extends AlertLockSweepContract {
  @Override
  TestDatabase openDatabase() {
    return TestDatabases.h2();
  }
}
