package dev.akmatori.adapter.persistence;

import dev.akmatori.application.alertsource.AlertSourceRepository;
import dev.akmatori.application.alertsource.ManageAlertSources;
import dev.akmatori.application.secret.SecretCipher;
import dev.akmatori.domain.alertsource.AlertSource;
import dev.akmatori.domain.alertsource.AlertSourceConfig;
import dev.akmatori.domain.alertsource.AlertSourceId;
import dev.akmatori.domain.alertsource.AlertSourceType;
import dev.akmatori.domain.shared.ConflictException;
import dev.akmatori.domain.shared.Page;
import dev.akmatori.domain.shared.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Alert sources in {@code alert_sources}, joined to their type. The webhook secret is stored
 * encrypted; the unique name constraint reports duplicates; updates lock the row first.
 */
final class JdbiAlertSourceRepository implements AlertSourceRepository {
  private static final String SELECT =
      """
      SELECT s.id, s.uuid, s.name, s.description, s.webhook_secret, s.field_mappings, s.settings,
             s.enabled, s.created_at, s.updated_at,
      """
          + AlertSourceRows.TYPE_COLUMNS
          + "\nFROM alert_sources s JOIN alert_source_types t ON t.id = s.alert_source_type_id";
  private static final String BY_UUID = SELECT + " WHERE s.uuid = :uuid";
  private static final String INSERT =
      """
      INSERT INTO alert_sources (uuid, alert_source_type_id, name, description, webhook_secret,
                                 field_mappings, settings, enabled, created_at, updated_at)
      VALUES (:uuid, :typeId, :name, :description, :secret, :mappings, :settings, :enabled, :now, :now)
      """;
  private static final String LOCK = "SELECT id FROM alert_sources WHERE uuid = :uuid FOR UPDATE";
  private static final String UPDATE =
      """
      UPDATE alert_sources
      SET name = :name, description = :description, webhook_secret = :secret, field_mappings = :mappings,
          settings = :settings, enabled = :enabled, updated_at = :now
      WHERE uuid = :uuid
      """;
  private static final String DELETE = "DELETE FROM alert_sources WHERE uuid = :uuid";
  private static final String COUNT = "SELECT COUNT(*) FROM alert_sources";

  private final Jdbi jdbi;
  private final SecretColumns secrets;

  JdbiAlertSourceRepository(Jdbi jdbi, SecretCipher cipher) {
    this.jdbi = jdbi;
    this.secrets = new SecretColumns(cipher);
  }

  @Override
  public AlertSource create(AlertSourceId uuid, AlertSourceType type, AlertSourceConfig config, Instant now) {
    long id =
        Conflicts.onUniqueViolation(
            ManageAlertSources.duplicateName(config.name()),
            () ->
                jdbi.withHandle(
                    h ->
                        bindConfig(h.createUpdate(INSERT), config)
                            .bind("uuid", uuid.toString())
                            .bind("typeId", type.id())
                            .bind("now", Timestamps.bind(now))
                            .executeAndReturnGeneratedKeys("id")
                            .mapTo(Long.class)
                            .one()));
    Instant stored = Timestamps.stored(now);
    return new AlertSource(id, uuid, type, config, stored, stored);
  }

  @Override
  public Optional<AlertSource> find(AlertSourceId uuid) {
    return jdbi.withHandle(h -> find(h, uuid));
  }

  @Override
  public Optional<AlertSource> update(AlertSourceId uuid, UnaryOperator<AlertSourceConfig> change, Instant now) {
    return jdbi.inTransaction(
        h -> {
          if (h.createQuery(LOCK).bind("uuid", uuid.toString()).mapTo(Long.class).findOne().isEmpty()) {
            return Optional.<AlertSource>empty();
          }
          AlertSourceConfig config = change.apply(find(h, uuid).orElseThrow().config());
          try {
            bindConfig(h.createUpdate(UPDATE), config)
                .bind("uuid", uuid.toString())
                .bind("now", Timestamps.bind(now))
                .execute();
          } catch (RuntimeException e) {
            if (Conflicts.isUniqueViolation(e)) {
              throw new ConflictException(ManageAlertSources.duplicateName(config.name()));
            }
            throw e;
          }
          return find(h, uuid);
        });
  }

  @Override
  public boolean delete(AlertSourceId uuid) {
    return jdbi.withHandle(h -> h.createUpdate(DELETE).bind("uuid", uuid.toString()).execute()) > 0;
  }

  @Override
  public Page<AlertSource> list(PageRequest page) {
    return jdbi.withHandle(h -> Paging.fetch(h, COUNT, SELECT + " ORDER BY s.id", q -> {}, this::map, page));
  }

  private Optional<AlertSource> find(Handle h, AlertSourceId uuid) {
    return h.createQuery(BY_UUID).bind("uuid", uuid.toString()).map(this::map).findOne();
  }

  private <S extends SqlStatement<S>> S bindConfig(S statement, AlertSourceConfig config) {
    return statement
        .bind("name", config.name())
        .bind("description", config.description())
        .bind("secret", secrets.seal(config.webhookSecret()))
        .bind("mappings", AlertSourceRows.json(config.fieldMappings()))
        .bind("settings", JsonWriter.write(config.settings()))
        .bind("enabled", config.enabled());
  }

  private AlertSource map(ResultSet rs, StatementContext ctx) throws SQLException {
    AlertSourceConfig config =
        new AlertSourceConfig(
            rs.getString("name"),
            rs.getString("description"),
            secrets.open(rs.getString("webhook_secret")),
            AlertSourceRows.mappings(rs.getString("field_mappings")),
            JsonText.parseObject(rs.getString("settings")),
            rs.getBoolean("enabled"));
    return new AlertSource(
        rs.getLong("id"),
        new AlertSourceId(UUID.fromString(rs.getString("uuid"))),
        AlertSourceRows.type(rs),
        config,
        Timestamps.read(rs, "created_at"),
        Timestamps.read(rs, "updated_at"));
  }
}
