package dev.akmatori.adapter.persistence;

import dev.akmatori.application.incident.IncidentRepository;
import dev.akmatori.domain.incident.Incident;
import dev.akmatori.domain.incident.IncidentFilter;
import dev.akmatori.domain.incident.IncidentId;
import dev.akmatori.domain.incident.IncidentStatus;
import dev.akmatori.domain.incident.NewIncident;
import dev.akmatori.domain.shared.Page;
import dev.akmatori.domain.shared.PageRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/** Incidents in the {@code incidents} table: created with their first event, found, listed newest first. */
final class JdbiIncidentRepository implements IncidentRepository {
  private static final String COUNT = "SELECT COUNT(*) FROM incidents";
  private static final String SELECT = IncidentRows.SELECT;
  private static final String BY_UUID = SELECT + "\nWHERE uuid = :uuid";
  private static final String ADD_USAGE =
      """
      UPDATE incidents SET steps = steps + :steps, tokens_used = tokens_used + :tokens, updated_at = :now
      WHERE uuid = :uuid""";
  private static final String UPDATE_TITLE =
      """
      UPDATE incidents SET title = :title, tokens_used = tokens_used + :tokens, updated_at = :now
      WHERE uuid = :uuid""";
  private static final String ORDER = "\nORDER BY created_at DESC, id DESC";

  private final Jdbi jdbi;
  private final boolean postgres;

  JdbiIncidentRepository(Jdbi jdbi, boolean postgres) {
    this.jdbi = jdbi;
    this.postgres = postgres;
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

  @Override
  public Incident create(NewIncident incident, Instant now) {
    return Conflicts.onUniqueViolation(
        "Incident " + incident.uuid() + " already exists",
        () -> postgres
            ? jdbi.withHandle(h -> IncidentInserts.insert(h, incident, null, now, true)) // one atomic statement
            : jdbi.inTransaction(h -> IncidentInserts.insert(h, incident, null, now, false)));
  }

  @Override
  public Optional<Incident> find(IncidentId id) {
    return jdbi.withHandle(h -> h.createQuery(BY_UUID).bind("uuid", id.toString()).map(IncidentRows::map).findOne());
  }

  @Override
  public void addUsage(IncidentId id, int steps, long tokens, Instant now) {
    jdbi.useHandle(
        h -> h.createUpdate(ADD_USAGE)
            .bind("steps", steps)
            .bind("tokens", tokens)
            .bind("now", Timestamps.bind(now))
            .bind("uuid", id.toString())
            .execute());
  }

  @Override
  public void updateTitle(IncidentId id, String title, long tokens, Instant now) {
    NewIncident.requireTitle(title);
    jdbi.useHandle(
        h -> h.createUpdate(UPDATE_TITLE)
            .bind("title", title)
            .bind("tokens", tokens)
            .bind("now", Timestamps.bind(now))
            .bind("uuid", id.toString())
            .execute());
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
    filter.from().ifPresent(f -> query.bind("from", Timestamps.bindBound(f)));
    filter.toExclusive().ifPresent(t -> query.bind("to", Timestamps.bindBound(t)));
    if (!filter.statuses().isEmpty()) {
      query.bindList("statuses", filter.statuses().stream().map(IncidentStatus::wireName).sorted().toList());
    }
    filter.source().ifPresent(s -> query.bind("source", s));
  }
}
