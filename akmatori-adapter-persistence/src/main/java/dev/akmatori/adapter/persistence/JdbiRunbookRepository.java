package dev.akmatori.adapter.persistence;

import dev.akmatori.application.runbook.RunbookRepository;
import dev.akmatori.domain.runbook.Runbook;
import dev.akmatori.domain.runbook.RunbookDraft;
import dev.akmatori.domain.runbook.RunbookId;
import dev.akmatori.domain.shared.Page;
import dev.akmatori.domain.shared.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/** Runbooks in the {@code runbooks} table; {@code title_sort} carries the case-insensitive order. */
final class JdbiRunbookRepository implements RunbookRepository {
  private static final String COLUMNS = "id, title, content, created_at, updated_at";
  private static final String INSERT =
      """
      INSERT INTO runbooks (title, title_sort, content, created_at, updated_at)
      VALUES (:title, :titleSort, :content, :now, :now)
      """;
  private static final String FIND = "SELECT " + COLUMNS + " FROM runbooks WHERE id = :id";
  private static final String UPDATE =
      """
      UPDATE runbooks SET title = :title, title_sort = :titleSort, content = :content, updated_at = :now
      WHERE id = :id
      """;
  private static final String DELETE = "DELETE FROM runbooks WHERE id = :id";
  private static final String COUNT = "SELECT COUNT(*) FROM runbooks";
  private static final String LIST = "SELECT " + COLUMNS + " FROM runbooks ORDER BY title_sort, id";

  private final Jdbi jdbi;

  JdbiRunbookRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public Runbook create(RunbookDraft draft, Instant now) {
    long id =
        jdbi.withHandle(
            h ->
                h.createUpdate(INSERT)
                    .bind("title", draft.title())
                    .bind("titleSort", sortKey(draft.title()))
                    .bind("content", draft.content())
                    .bind("now", Timestamps.bind(now))
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one());
    Instant stored = Timestamps.stored(now);
    return new Runbook(new RunbookId(id), draft.title(), draft.content(), stored, stored);
  }

  @Override
  public Optional<Runbook> find(RunbookId id) {
    return jdbi.withHandle(h -> h.createQuery(FIND).bind("id", id.value()).map(this::map).findOne());
  }

  @Override
  public Optional<Runbook> update(RunbookId id, RunbookDraft draft, Instant now) {
    return jdbi.inTransaction(
        h -> {
          int changed =
              h.createUpdate(UPDATE)
                  .bind("id", id.value())
                  .bind("title", draft.title())
                  .bind("titleSort", sortKey(draft.title()))
                  .bind("content", draft.content())
                  .bind("now", Timestamps.bind(now))
                  .execute();
          return changed == 0
              ? Optional.<Runbook>empty()
              : h.createQuery(FIND).bind("id", id.value()).map(this::map).findOne();
        });
  }

  @Override
  public boolean delete(RunbookId id) {
    return jdbi.withHandle(h -> h.createUpdate(DELETE).bind("id", id.value()).execute()) > 0;
  }

  @Override
  public Page<Runbook> list(PageRequest page) {
    return jdbi.withHandle(h -> Paging.fetch(h, COUNT, LIST, q -> {}, this::map, page));
  }

  /** One statement: the ranked search reads every runbook on each call and needs no count. */
  @Override
  public List<Runbook> all() {
    return jdbi.withHandle(h -> h.createQuery(LIST).map(this::map).list());
  }

  /** The same lower-casing as the in-memory fake, independent of the database's locale. */
  private static String sortKey(String title) {
    return title.toLowerCase(Locale.ROOT);
  }

  private Runbook map(ResultSet rs, StatementContext ctx) throws SQLException {
    return new Runbook(
        new RunbookId(rs.getLong("id")),
        rs.getString("title"),
        rs.getString("content"),
        Timestamps.read(rs, "created_at"),
        Timestamps.read(rs, "updated_at"));
  }
}
