package dev.akmatori.adapter.persistence;

/** {@link StorableTextContract} on a fresh PostgreSQL schema; skipped without {@code AKMATORI_TEST_POSTGRES_URL}. */
class PostgresStorableTextTest extends StorableTextContract {
  PostgresStorableTextTest() {
    super(TestDatabases::postgres);
  }
}
