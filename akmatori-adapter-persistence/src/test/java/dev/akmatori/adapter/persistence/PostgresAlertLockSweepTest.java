package dev.akmatori.adapter.persistence;

/** {@link AlertLockSweepContract} on a fresh PostgreSQL schema; skipped without {@code AKMATORI_TEST_POSTGRES_URL}. */
class PostgresAlertLockSweepTest extends AlertLockSweepContract {
  @Override
  TestDatabase openDatabase() {
    return TestDatabases.postgres();
  }
}
