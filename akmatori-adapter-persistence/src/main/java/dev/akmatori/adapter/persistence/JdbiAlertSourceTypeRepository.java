package dev.akmatori.adapter.persistence;

import dev.akmatori.application.alertsource.AlertSourceTypeRepository;
import dev.akmatori.domain.alertsource.AlertSourceType;
import dev.akmatori.domain.alertsource.AlertSourceTypeSpec;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Alert source types in {@code alert_source_types}. Seeding inserts each missing name in its own
 * auto-committed statement, in list order, so a racing replica's unique violation is harmless and
 * the ids still follow the list.
 */
final class JdbiAlertSourceTypeRepository implements AlertSourceTypeRepository {
  private static final String SELECT = "SELECT " + AlertSourceRows.TYPE_COLUMNS + " FROM alert_source_types t";
  private static final String INSERT =
      """
      INSERT INTO alert_source_types
          (name, display_name, description, webhook_secret_header, default_field_mappings, created_at, updated_at)
      VALUES (:name, :displayName, :description, :header, :mappings, :now, :now)
      """;
  private static final String REFRESH =
      """
      UPDATE alert_source_types
      SET display_name = :displayName, description = :description, webhook_secret_header = :header,
          default_field_mappings = :mappings, updated_at = :now
      WHERE name = :name
      """;

  private final Jdbi jdbi;

  JdbiAlertSourceTypeRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public void seed(List<AlertSourceTypeSpec> specs, Instant now) {
    for (AlertSourceTypeSpec spec : specs) {
      Optional<AlertSourceType> stored = findByName(spec.name());
      if (stored.isEmpty() && !insertUnlessRaced(spec, now)) {
        stored = findByName(spec.name());
      }
      if (stored.isPresent() && !stored.get().spec().equals(spec)) {
        write(REFRESH, spec, now);
      }
    }
  }

  @Override
  public List<AlertSourceType> list() {
    return jdbi.withHandle(h -> h.createQuery(SELECT + " ORDER BY t.id").map((rs, ctx) -> AlertSourceRows.type(rs)).list());
  }

  @Override
  public Optional<AlertSourceType> findByName(String name) {
    return jdbi.withHandle(
        h ->
            h.createQuery(SELECT + " WHERE t.name = :name")
                .bind("name", name)
                .map((rs, ctx) -> AlertSourceRows.type(rs))
                .findOne());
  }

  /** True when this call inserted the row; false when another process had just done so. */
  private boolean insertUnlessRaced(AlertSourceTypeSpec spec, Instant now) {
    try {
      write(INSERT, spec, now);
      return true;
    } catch (RuntimeException e) {
      if (!Conflicts.isUniqueViolation(e)) {
        throw e;
      }
      return false;
    }
  }

  private void write(String sql, AlertSourceTypeSpec spec, Instant now) {
    jdbi.useHandle(
        h ->
            h.createUpdate(sql)
                .bind("name", spec.name())
                .bind("displayName", spec.displayName())
                .bind("description", spec.description())
                .bind("header", spec.webhookSecretHeader())
                .bind("mappings", AlertSourceRows.json(spec.defaultFieldMappings()))
                .bind("now", Timestamps.bind(now))
                .execute());
  }
}
