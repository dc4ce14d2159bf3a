package dev.akmatori.adapter.persistence;

import dev.akmatori.application.settings.LlmSettingsStore;
import dev.akmatori.domain.settings.LlmConfiguration;
import dev.akmatori.domain.settings.LlmProvider;
import dev.akmatori.domain.settings.LlmProviderSettings;
import dev.akmatori.domain.settings.StoredSettings;
import dev.akmatori.domain.settings.ThinkingLevel;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The LLM configuration in {@code llm_settings}: one row per provider, API keys encrypted, the
 * active one flagged. An update locks every row in id order (so racing updates neither deadlock nor
 * interleave), writes its provider and moves the flag in one statement.
 */
final class JdbiLlmSettingsStore implements LlmSettingsStore {
  private static final String SELECT =
      "SELECT id, provider, api_key, model, thinking_level, base_url, active, created_at, updated_at"
          + " FROM llm_settings ORDER BY id";
  private static final String INSERT =
      """
      INSERT INTO llm_settings (provider, api_key, model, thinking_level, base_url, active, created_at, updated_at)
      VALUES (:provider, '', :model, :level, '', :active, :now, :now)
      """;
  private static final String UPDATE =
      """
      UPDATE llm_settings
      SET api_key = :apiKey, model = :model, thinking_level = :level, base_url = :baseUrl, updated_at = :now
      WHERE provider = :provider
      """;
  private static final String ACTIVATE =
      "UPDATE llm_settings SET active = CASE WHEN provider = :provider THEN TRUE ELSE FALSE END";

  private final Jdbi jdbi;
  private final SecretColumns secrets;

  JdbiLlmSettingsStore(Jdbi jdbi, SecretColumns secrets) {
    this.jdbi = jdbi;
    this.secrets = secrets;
  }

  @Override
  public LlmConfiguration load(Instant now) {
    List<Row> rows = jdbi.withHandle(h -> rows(h, SELECT));
    if (rows.size() < LlmProvider.values().length) {
      createMissing(rows, now);
      rows = jdbi.withHandle(h -> rows(h, SELECT));
    }
    return configuration(rows);
  }

  @Override
  public LlmConfiguration update(LlmProvider provider, UnaryOperator<LlmProviderSettings> change, Instant now) {
    load(now);
    return jdbi.inTransaction(
        h -> {
          Row current = rows(h, SELECT + " FOR UPDATE").stream().filter(r -> r.provider() == provider).findFirst().orElseThrow();
          LlmProviderSettings changed = change.apply(current.settings().value());
          h.createUpdate(UPDATE)
              .bind("provider", provider.wireName())
              .bind("apiKey", secrets.seal(changed.apiKey()))
              .bind("model", changed.model())
              .bind("level", changed.thinkingLevel().wireName())
              .bind("baseUrl", changed.baseUrl())
              .bind("now", Timestamps.bind(now))
              .execute();
          h.createUpdate(ACTIVATE).bind("provider", provider.wireName()).execute();
          return configuration(rows(h, SELECT));
        });
  }

  /** Inserts each missing provider's defaults; OpenAI is the active one of a fresh installation. */
  private void createMissing(List<Row> existing, Instant now) {
    for (LlmProvider provider : LlmProvider.values()) {
      if (existing.stream().noneMatch(r -> r.provider() == provider)) {
        insertUnlessRaced(provider, now);
      }
    }
  }

  private void insertUnlessRaced(LlmProvider provider, Instant now) {
    try {
      jdbi.useHandle(
          h ->
              h.createUpdate(INSERT)
                  .bind("provider", provider.wireName())
                  .bind("model", provider.defaultModel())
                  .bind("level", ThinkingLevel.MEDIUM.wireName())
                  .bind("active", provider == LlmProvider.OPENAI)
                  .bind("now", Timestamps.bind(now))
                  .execute());
    } catch (RuntimeException e) {
      if (!Conflicts.isUniqueViolation(e)) {
        throw e;
      }
    }
  }

  /** The configuration of the rows; should no row be flagged, OpenAI counts as active. */
  private static LlmConfiguration configuration(List<Row> rows) {
    LlmProvider active = rows.stream().filter(Row::active).map(Row::provider).findFirst().orElse(LlmProvider.OPENAI);
    return new LlmConfiguration(active, rows.stream().map(Row::settings).toList());
  }

  private List<Row> rows(Handle h, String sql) {
    return h.createQuery(sql).map((rs, ctx) -> row(rs)).list();
  }

  private Row row(ResultSet rs) throws SQLException {
    LlmProvider provider = LlmProvider.fromWire(rs.getString("provider")).orElseThrow();
    LlmProviderSettings settings =
        new LlmProviderSettings(
            provider,
            secrets.open(rs.getString("api_key")),
            rs.getString("model"),
            ThinkingLevel.fromWire(rs.getString("thinking_level")).orElseThrow(),
            rs.getString("base_url"));
    StoredSettings<LlmProviderSettings> stored =
        new StoredSettings<>(
            rs.getLong("id"), settings, Timestamps.read(rs, "created_at"), Timestamps.read(rs, "updated_at"));
    return new Row(provider, stored, rs.getBoolean("active"));
  }

  private record Row(LlmProvider provider, StoredSettings<LlmProviderSettings> settings, boolean active) {}
}
