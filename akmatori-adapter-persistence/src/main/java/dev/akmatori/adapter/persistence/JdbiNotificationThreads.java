package dev.akmatori.adapter.persistence;

import dev.akmatori.application.notification.NotificationThreads;
import dev.akmatori.application.notification.PostedMessage;
import dev.akmatori.domain.incident.IncidentId;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** The Slack threads of alert incidents in {@code notification_threads}, one row per incident. */
final class JdbiNotificationThreads implements NotificationThreads {
  private static final String SAVE =
      """
      INSERT INTO notification_threads (incident_id, channel, message_ts, created_at)
      SELECT id, :channel, :ts, :now FROM incidents WHERE uuid = :uuid
      ON CONFLICT DO NOTHING""";
  private static final String FIND =
      """
      SELECT t.channel, t.message_ts FROM notification_threads t JOIN incidents i ON i.id = t.incident_id
      WHERE i.uuid = :uuid""";

  private final Jdbi jdbi;

  JdbiNotificationThreads(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public void save(IncidentId incident, PostedMessage message, Instant now) {
    jdbi.useHandle(h -> h.createUpdate(SAVE)
        .bind("channel", message.channel())
        .bind("ts", message.ts())
        .bind("now", Timestamps.bind(now))
        .bind("uuid", incident.toString())
        .execute());
  }

  @Override
  public Optional<PostedMessage> find(IncidentId incident) {
    return jdbi.withHandle(h -> h.createQuery(FIND).bind("uuid", incident.toString())
        .map((rs, ctx) -> new PostedMessage(rs.getString("channel"), rs.getString("message_ts")))
        .findOne());
  }
}
