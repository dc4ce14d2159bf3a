package dev.akmatori.adapter.persistence;

/** The notification threads contract on a fresh PostgreSQL schema. */
class PostgresNotificationThreadsTest extends H2NotificationThreadsTest {
  @Override
  TestDatabase open() {
    return TestDatabases.postgres();
  }
}
