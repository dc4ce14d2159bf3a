package dev.akmatori.adapter.persistence;

import dev.akmatori.application.incident.IncidentStores;
import dev.akmatori.application.notification.NotificationThreads;
import dev.akmatori.application.notification.NotificationThreadsContract;
import org.junit.jupiter.api.AfterEach;

/** The notification threads contract on an in-memory H2. */
class H2NotificationThreadsTest extends NotificationThreadsContract {
  private final TestDatabase db = open();

  TestDatabase open() {
    return TestDatabases.h2();
  }

  @Override
  protected NotificationThreads threads() {
    return db.adapter().notificationThreads();
  }

  @Override
  protected IncidentStores incidents() {
    return IncidentStoreSuites.stores(db);
  }

  @AfterEach
  void close() {
    db.close();
  }
}
