package dev.akmatori.application.notification;

import dev.akmatori.domain.incident.IncidentId;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The in-memory fake of {@link NotificationThreads}. */
public final class InMemoryNotificationThreads implements NotificationThreads {
  private final Map<IncidentId, PostedMessage> threads = new ConcurrentHashMap<>();

  @Override
  public void save(IncidentId incident, PostedMessage message, Instant now) {
    threads.putIfAbsent(incident, message);
  }

  @Override
  public Optional<PostedMessage> find(IncidentId incident) {
    return Optional.ofNullable(threads.get(incident));
  }
}
