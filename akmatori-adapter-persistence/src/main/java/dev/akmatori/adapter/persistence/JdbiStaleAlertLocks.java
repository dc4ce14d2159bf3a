package dev.akmatori.adapter.persistence;

import dev.akmatori.application.retention.StaleAlertLocks;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Deletes stale rows of {@code alert_locks} (ADR 0026). The rows are picked {@code FOR UPDATE SKIP
 * LOCKED}, so a row an ingest transaction holds is left alone and the sweep never waits for ingestion
 * (nor can it deadlock with it). The other way round is safe too: an ingest transaction that asks for
 * a row the sweep has locked waits until the sweep commits, then finds no row, creates it again and
 * locks that (its lock upsert, ADR 0025, inserts the key again when the row it waited for was deleted,
 * on PostgreSQL and H2 alike), so identical alerts stay serialised. Only rows older than the cutoff are touched, so a
 * row an ingest transaction has just created is never deleted before that transaction locks it.
 */
final class JdbiStaleAlertLocks implements StaleAlertLocks {
  private static final String PICK =
      "SELECT lock_key FROM alert_locks WHERE created_at < :before LIMIT :limit FOR UPDATE SKIP LOCKED";
  private static final String DELETE = "DELETE FROM alert_locks WHERE lock_key IN (<keys>)";

  private final Jdbi jdbi;

  JdbiStaleAlertLocks(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public int deleteCreatedBefore(Instant createdBefore, int limit) {
    return jdbi.inTransaction(h -> {
      List<String> keys = h.createQuery(PICK).bind("before", Timestamps.bind(createdBefore)).bind("limit", limit)
          .mapTo(String.class).list();
      return keys.isEmpty() ? 0 : h.createUpdate(DELETE).bindList("keys", keys).execute();
    });
  }
}
