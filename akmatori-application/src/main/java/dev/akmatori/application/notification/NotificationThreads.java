package dev.akmatori.application.notification;

import dev.akmatori.domain.incident.IncidentId;
import java.time.Instant;
import java.util.Optional;

/**
 * The message that announced each alert incident, shared by every process, so whichever replica ends
 * the investigation answers in that thread. Thread-safe; store failures surface as unchecked exceptions.
 */
public interface NotificationThreads {
  /** Remembers {@code message} for {@code incident}; a second call for the same incident keeps the first. */
  void save(IncidentId incident, PostedMessage message, Instant now);

  /** The announcement of {@code incident}; empty when there was none (API incidents, Slack inactive or failing). */
  Optional<PostedMessage> find(IncidentId incident);
}
