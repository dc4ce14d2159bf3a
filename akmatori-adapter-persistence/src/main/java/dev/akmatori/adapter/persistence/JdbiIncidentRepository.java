package dev.akmatori.adapter.persistence;

import dev.akmatori.application.incident.IncidentRepository;
import dev.akmatori.domain.incident.Incident;
import dev.akmatori.domain.incident.IncidentFilter;
import dev.akmatori.domain.incident.IncidentStatus;
import dev.akmatori.domain.shared.Page;
import dev.akmatori.domain.shared.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/** Incidents in the {@code incidents} table; lists newest first with the contract's filters. */
final class JdbiIncidentRepository implements IncidentRepository {
  private static final String COUNT = "SELECT COUNT(*) FROM incidents";
  private static final String SELECT =
      """
      SELECT id, uuid, source, source_id, title, status, context, session_id, working_dir, response,
             tokens_used, execution_time_ms, started_at, completed_at, created_at, updated_at, error,
             steps, alert_count
      FROM incidents""";
  private static final String ORDER = "\nORDER BY created_at DESC, id DESC";

  private final Jdbi jdbi;

  JdbiIncidentRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public Page<Incident> list(IncidentFilter filter, PageRequest page) {
    if (filter.matchesNothing()) {
      return new Page<>(List.of(), 0, page);
    }
    String where = where(filter);
    Consumer<Query> binds = q -> bind(q, filter);
    return jdbi.withHandle(
        h -> Paging.fetch(h, COUNT + where, SELECT + where + ORDER, binds, IncidentRows::map, page));
  }

  /** Fixed SQL fragments only; every value is a bind parameter. */
  private static String where(IncidentFilter filter) {
    List<String> conditions = new ArrayList<>();
    filter.from().ifPresent(f -> conditions.add("created_at >= :from"));
    filter.toExclusive().ifPresent(t -> conditions.add("created_at < :to"));
    if (!filter.statuses().isEmpty()) {
      conditions.add("status IN (<statuses>)");
    }
    filter.source().ifPresent(s -> conditions.add("source = :source"));
    return conditions.isEmpty() ? "" : "\nWHERE " + String.join(" AND ", conditions);
  }

  private static void bind(Query query, IncidentFilter filter) {
    filter.from().ifPresent(f -> query.bind("from", Timestamps.bind(f)));
    filter.toExclusive().ifPresent(t -> query.bind("to", Timestamps.bind(t)));
    if (!filter.statuses().isEmpty()) {
      query.bindList("statuses", filter.statuses().stream().map(IncidentStatus::wireName).sorted().toList());
    }
    filter.source().ifPresent(s -> query.bind("source", s));
  }
}
