package dev.akmatori.adapter.persistence;

import dev.akmatori.application.alert.AlertRepository;
import dev.akmatori.application.alert.AlertTransaction;
import dev.akmatori.domain.alert.Alert;
import dev.akmatori.domain.alert.AlertFilter;
import dev.akmatori.domain.incident.IncidentId;
import dev.akmatori.domain.shared.Page;
import dev.akmatori.domain.shared.PageRequest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.Update;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Alerts in the {@code alerts} table; ingest transactions serialise on rows of {@code alert_locks}
 * (ADR 0018): each key's row is created if missing and locked, in sorted order, before the work
 * runs, and held until commit. The incident rows the work counts alerts on are locked last, in
 * incident-uuid order ({@link JdbiAlertTransaction#countAlerts}). A lock timeout or deadlock runs the
 * whole transaction again.
 *
 * <p>All keys are taken by one upsert statement (ADR 0025) that locks an existing row and inserts a
 * missing one, waiting for a concurrent inserter of the same key to end either way: on PostgreSQL
 * {@code INSERT … ON CONFLICT … DO UPDATE … WHERE FALSE} (the conflicting row is locked although the
 * false condition leaves it unchanged, so no new row version is written); on H2 {@code MERGE … KEY},
 * which H2 can keep parsed, unlike {@code SELECT … FOR UPDATE}.
 */
final class JdbiAlertRepository implements AlertRepository {
  private static final Logger LOG = LoggerFactory.getLogger(JdbiAlertRepository.class);
  private static final int ATTEMPTS = 5;
  /** Keys per lock statement: a webhook with more alerts than this takes its keys in sorted batches. */
  private static final int KEYS_PER_STATEMENT = 100;
  private static final String POSTGRES_LOCK =
      "INSERT INTO alert_locks (lock_key) VALUES %s ON CONFLICT (lock_key) DO UPDATE SET lock_key = EXCLUDED.lock_key WHERE FALSE";
  private static final String H2_LOCK = "MERGE INTO alert_locks (lock_key) KEY (lock_key) VALUES %s";
  private static final String COUNT = "SELECT COUNT(*) FROM alerts a";
  private static final String NEWEST_FIRST = "\nORDER BY a.created_at DESC, a.id DESC";
  private static final String FOR_INCIDENT =
      "\nWHERE a.incident_id = (SELECT id FROM incidents WHERE uuid = :incident)";

  private final Jdbi jdbi;
  private final String lockSql;
  private final boolean postgres;

  JdbiAlertRepository(Jdbi jdbi, boolean postgres) {
    this.jdbi = jdbi;
    this.lockSql = postgres ? POSTGRES_LOCK : H2_LOCK;
    this.postgres = postgres;
  }

  @Override
  public <T> T inTransaction(Collection<String> lockKeys, Function<AlertTransaction, T> work) {
    List<String> keys = new ArrayList<>(new TreeSet<>(lockKeys));
    for (int attempt = 1; ; attempt++) {
      try {
        return jdbi.inTransaction(h -> {
          lock(h, keys);
          JdbiAlertTransaction tx = new JdbiAlertTransaction(h, postgres);
          T result = work.apply(tx);
          tx.countAlerts();
          return result;
        });
      } catch (RuntimeException e) {
        if (attempt >= ATTEMPTS || !Transients.isTransient(e)) {
          throw e;
        }
        LOG.info("Alert transaction hit a lock timeout or deadlock; attempt {} of {}", attempt + 1, ATTEMPTS);
      }
    }
  }

  /** Creates and locks the rows of {@code keys} (sorted), in statements of at most {@link #KEYS_PER_STATEMENT}. */
  private void lock(Handle h, List<String> keys) {
    for (int from = 0; from < keys.size(); from += KEYS_PER_STATEMENT) {
      List<String> batch = keys.subList(from, Math.min(keys.size(), from + KEYS_PER_STATEMENT));
      String rows = String.join(", ", Collections.nCopies(batch.size(), "(?)"));
      Update update = h.createUpdate(String.format(lockSql, rows));
      for (int i = 0; i < batch.size(); i++) {
        update.bind(i, batch.get(i));
      }
      update.execute();
    }
  }

  @Override
  public Page<Alert> list(AlertFilter filter, PageRequest page) {
    if (filter.matchesNothing()) {
      return new Page<>(List.of(), 0, page);
    }
    List<String> conditions = new ArrayList<>();
    filter.status().ifPresent(s -> conditions.add("a.status = :status"));
    filter.sourceUuid().ifPresent(s -> conditions.add("a.source_uuid = :source"));
    String where = conditions.isEmpty() ? "" : "\nWHERE " + String.join(" AND ", conditions);
    Consumer<Query> binds = q -> {
      filter.status().ifPresent(s -> q.bind("status", s.wireName()));
      filter.sourceUuid().ifPresent(s -> q.bind("source", s));
    };
    return jdbi.withHandle(
        h -> Paging.fetch(h, COUNT + where, AlertRows.SELECT + where + NEWEST_FIRST, binds, AlertRows::map, page));
  }

  @Override
  public Page<Alert> listForIncident(IncidentId incident, PageRequest page) {
    Consumer<Query> binds = q -> q.bind("incident", incident.toString());
    String select = AlertRows.SELECT + FOR_INCIDENT + "\nORDER BY a.created_at, a.id";
    return jdbi.withHandle(h -> Paging.fetch(h, COUNT + FOR_INCIDENT, select, binds, AlertRows::map, page));
  }
}
