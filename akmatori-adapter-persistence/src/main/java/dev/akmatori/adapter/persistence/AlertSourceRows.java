package dev.akmatori.adapter.persistence;

import dev.akmatori.domain.alertsource.AlertSourceType;
import dev.akmatori.domain.alertsource.AlertSourceTypeSpec;
import dev.akmatori.domain.alertsource.FieldMappings;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Shared column list and row mapping of {@code alert_source_types}, aliased as {@code t}. */
final class AlertSourceRows {
  /** The type's columns under names that do not clash with those of {@code alert_sources}. */
  static final String TYPE_COLUMNS =
      """
      t.id AS type_id, t.name AS type_name, t.display_name AS type_display_name,
      t.description AS type_description, t.webhook_secret_header AS type_header,
      t.default_field_mappings AS type_mappings, t.created_at AS type_created_at,
      t.updated_at AS type_updated_at\
      """;

  private AlertSourceRows() {}

  static AlertSourceType type(ResultSet rs) throws SQLException {
    AlertSourceTypeSpec spec =
        new AlertSourceTypeSpec(
            rs.getString("type_name"),
            rs.getString("type_display_name"),
            rs.getString("type_description"),
            rs.getString("type_header"),
            mappings(rs.getString("type_mappings")));
    return new AlertSourceType(
        rs.getLong("type_id"),
        spec,
        Timestamps.read(rs, "type_created_at"),
        Timestamps.read(rs, "type_updated_at"));
  }

  static FieldMappings mappings(String json) {
    return FieldMappings.parse(JsonText.parseObject(json));
  }

  static String json(FieldMappings mappings) {
    return JsonWriter.write(mappings.toWire());
  }
}
