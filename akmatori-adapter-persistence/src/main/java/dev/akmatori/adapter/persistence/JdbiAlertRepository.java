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
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Alerts in the {@code alerts} table; ingest transactions serialise on rows of {@code alert_locks}
 * (ADR 0018): each key's row is created if missing and locked {@code FOR UPDATE}, in sorted order,
 * before the work runs, and held until commit. The incident rows the work counts alerts on are
 * locked last, in incident-uuid order ({@link JdbiAlertTransaction#countAlerts}). A lock timeout or
 * deadlock runs the whole transaction again.
 */
final class JdbiAlertRepository implements AlertRepository {
  private static final Logger LOG = LoggerFactory.getLogger(JdbiAlertRepository.class);
  private static final int ATTEMPTS = 5;
  private static final String LOCK = "SELECT lock_key FROM alert_locks WHERE lock_key = :key FOR UPDATE";
  private static final String CREATE_LOCK = "INSERT INTO alert_locks (lock_key) VALUES (:key) ON CONFLICT DO NOTHING";
  private static final String COUNT = "SELECT COUNT(*) FROM alerts a";
  private static final String NEWEST_FIRST = "\nORDER BY a.created_at DESC, a.id DESC";
  private static final String FOR_INCIDENT =
      "\nWHERE a.incident_id = (SELECT id FROM incidents WHERE uuid = :incident)";

  private final Jdbi jdbi;

  JdbiAlertRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public <T> T inTransaction(Collection<String> lockKeys, Function<AlertTransaction, T> work) {
    List<String> keys = new ArrayList<>(new TreeSet<>(lockKeys));
    for (int attempt = 1; ; attempt++) {
      try {
        return jdbi.inTransaction(h -> {
          keys.forEach(key -> lock(h, key));
          JdbiAlertTransaction tx = new JdbiAlertTransaction(h);
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

  private static void lock(Handle h, String key) {
    if (h.createQuery(LOCK).bind("key", key).mapTo(String.class).findOne().isEmpty()) {
      h.createUpdate(CREATE_LOCK).bind("key", key).execute();
      h.createQuery(LOCK).bind("key", key).mapTo(String.class).one();
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
