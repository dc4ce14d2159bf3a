package dev.akmatori.adapter.persistence;

import dev.akmatori.application.context.ContextFileProblems;
import dev.akmatori.application.context.ContextFileRepository;
import dev.akmatori.domain.context.ContextFile;
import dev.akmatori.domain.context.ContextFileDraft;
import dev.akmatori.domain.context.ContextFileId;
import dev.akmatori.domain.context.ContextFileName;
import dev.akmatori.domain.shared.Page;
import dev.akmatori.domain.shared.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Context file records in the {@code context_files} table. The unique key on {@code filename} is
 * what settles two concurrent uploads of one name, across replicas too.
 */
final class JdbiContextFileRepository implements ContextFileRepository {
  private static final String COLUMNS =
      "id, filename, original_name, mime_type, size_bytes, description, created_at, updated_at";
  private static final String INSERT =
      """
      INSERT INTO context_files
          (filename, original_name, mime_type, size_bytes, description, created_at, updated_at)
      VALUES (:filename, :originalName, :mimeType, :size, :description, :now, :now)
      """;
  private static final String FIND = "SELECT " + COLUMNS + " FROM context_files WHERE id = :id";
  private static final String FIND_BY_NAME =
      "SELECT " + COLUMNS + " FROM context_files WHERE filename = :filename";
  private static final String DELETE = "DELETE FROM context_files WHERE id = :id";
  private static final String COUNT = "SELECT COUNT(*) FROM context_files";
  // Filenames are ASCII letters, digits and "_.-"; H2 and PostgreSQL in the C collation order them
  // by code point, like the in-memory fake. A PostgreSQL with a linguistic collation may place
  // "_" and "-" differently, which is still a deterministic order.
  private static final String LIST = "SELECT " + COLUMNS + " FROM context_files ORDER BY filename, id";

  private final Jdbi jdbi;

  JdbiContextFileRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public ContextFile create(ContextFileDraft draft, Instant now) {
    long id =
        Conflicts.onUniqueViolation(
            ContextFileProblems.alreadyExists(draft.filename()).getMessage(),
            () ->
                jdbi.withHandle(
                    h ->
                        h.createUpdate(INSERT)
                            .bind("filename", draft.filename().value())
                            .bind("originalName", draft.originalName())
                            .bind("mimeType", draft.mimeType())
                            .bind("size", draft.size())
                            .bind("description", draft.description())
                            .bind("now", Timestamps.bind(now))
                            .executeAndReturnGeneratedKeys("id")
                            .mapTo(Long.class)
                            .one()));
    return ContextFile.of(new ContextFileId(id), draft, Timestamps.stored(now));
  }

  @Override
  public Optional<ContextFile> find(ContextFileId id) {
    return jdbi.withHandle(h -> h.createQuery(FIND).bind("id", id.value()).map(this::map).findOne());
  }

  @Override
  public Optional<ContextFile> findByFilename(ContextFileName filename) {
    return jdbi.withHandle(
        h -> h.createQuery(FIND_BY_NAME).bind("filename", filename.value()).map(this::map).findOne());
  }

  @Override
  public boolean delete(ContextFileId id) {
    return jdbi.withHandle(h -> h.createUpdate(DELETE).bind("id", id.value()).execute()) > 0;
  }

  @Override
  public Page<ContextFile> list(PageRequest page) {
    return jdbi.withHandle(h -> Paging.fetch(h, COUNT, LIST, q -> {}, this::map, page));
  }

  private ContextFile map(ResultSet rs, StatementContext ctx) throws SQLException {
    return new ContextFile(
        new ContextFileId(rs.getLong("id")),
        new ContextFileName(rs.getString("filename")),
        rs.getString("original_name"),
        rs.getString("mime_type"),
        rs.getLong("size_bytes"),
        rs.getString("description"),
        Timestamps.read(rs, "created_at"),
        Timestamps.read(rs, "updated_at"));
  }
}
