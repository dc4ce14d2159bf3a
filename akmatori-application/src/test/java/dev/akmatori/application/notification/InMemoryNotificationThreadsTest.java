package dev.akmatori.application.notification;

import dev.akmatori.application.incident.IncidentStores;

/** The threads contract over the in-memory fake. */
class InMemoryNotificationThreadsTest extends NotificationThreadsContract {
  private final NotificationThreads threads = new InMemoryNotificationThreads();
  private final IncidentStores incidents = IncidentStores.inMemory();

  @Override
  protected NotificationThreads threads() {
    return threads;
  }

  @Override
  protected IncidentStores incidents() {
    return incidents;
  }
}
