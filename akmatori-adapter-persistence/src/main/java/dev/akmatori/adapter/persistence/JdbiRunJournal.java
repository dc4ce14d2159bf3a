package dev.akmatori.adapter.persistence;

import dev.akmatori.application.health.DatabaseHealth;
import dev.akmatori.application.investigation.RunJournal;
import dev.akmatori.application.investigation.RunProgress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The runs' progress in one transaction per batch (ADR 0022): per incident one UPDATE moves {@code
 * last_event_id} past its new events and adds its model calls to {@code steps} and {@code
 * tokens_used} (taking the row lock that serialises event ids, as {@link EventRows} does), then its
 * events go in as one JDBC batch. Incidents are written in the order given; the caller sorts them,
 * so concurrent batches lock rows in the same order.
 */
final class JdbiRunJournal implements RunJournal {
  private static final String BUMP_EVENTS = "UPDATE incidents SET last_event_id = last_event_id + :events WHERE uuid = :uuid";
  private static final String BUMP_ALL =
      """
      UPDATE incidents
      SET last_event_id = last_event_id + :events, steps = steps + :steps, tokens_used = tokens_used + :tokens,
          updated_at = :now
      WHERE uuid = :uuid""";
  private static final String CURRENT = "SELECT id, last_event_id FROM incidents WHERE uuid = :uuid";

  /** How long {@link #answers()} waits for the database. */
  private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);

  private final Jdbi jdbi;
  private final DatabaseHealth health;

  JdbiRunJournal(Jdbi jdbi, DatabaseHealth health) {
    this.jdbi = jdbi;
    this.health = health;
  }

  @Override
  public boolean answers() {
    return health.isUp(PROBE_TIMEOUT);
  }

  @Override
  public void write(List<RunProgress> batch) {
    if (batch.isEmpty()) {
      return;
    }
    jdbi.useTransaction(h -> batch.forEach(progress -> write(h, progress)));
  }

  private static void write(Handle h, RunProgress progress) {
    int events = progress.events().size();
    boolean counts = progress.steps() > 0 || progress.tokens() > 0;
    if (events == 0 && !counts) {
      return;
    }
    String uuid = progress.incident().toString();
    var update = h.createUpdate(counts ? BUMP_ALL : BUMP_EVENTS).bind("events", events).bind("uuid", uuid);
    if (counts) {
      update.bind("steps", progress.steps()).bind("tokens", progress.tokens()).bind("now", Timestamps.bind(progress.at()));
    }
    if (update.execute() == 0 || events == 0) {
      return; // an unknown incident is skipped
    }
    Optional<long[]> row = h.createQuery(CURRENT).bind("uuid", uuid)
        .map((rs, ctx) -> new long[] {rs.getLong("id"), rs.getLong("last_event_id")}).findOne();
    row.ifPresent(r -> EventRows.insertAll(h, r[0], r[1] - events + 1, progress.events()));
  }
}
