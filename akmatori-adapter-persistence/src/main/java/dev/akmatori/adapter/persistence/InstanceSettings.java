package dev.akmatori.adapter.persistence;

import dev.akmatori.domain.tool.ToolTypeId;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;

/**
 * Rewrites the stored settings of every instance of one tool type inside the caller's transaction,
 * locking those rows first; {@code updated_at} is left alone (the settings mean the same, only their
 * sealing changed). Rows whose settings come out equal are not written.
 */
final class InstanceSettings {
  private static final String LOCK =
      "SELECT id, settings FROM tool_instances WHERE tool_type_id = :type ORDER BY id FOR UPDATE";
  private static final String WRITE = "UPDATE tool_instances SET settings = :settings WHERE id = :id";

  private InstanceSettings() {}

  static void rewrite(Handle h, ToolTypeId type, UnaryOperator<Map<String, Object>> rewrite) {
    List<Map.Entry<Long, String>> rows = h.createQuery(LOCK).bind("type", type.value())
        .map((rs, ctx) -> Map.entry(rs.getLong("id"), rs.getString("settings")))
        .list();
    for (Map.Entry<Long, String> row : rows) {
      Map<String, Object> stored = JsonText.parseObject(row.getValue());
      Map<String, Object> rewritten = rewrite.apply(stored);
      if (!rewritten.equals(stored)) {
        h.createUpdate(WRITE).bind("settings", JsonWriter.write(rewritten)).bind("id", row.getKey()).execute();
      }
    }
  }
}
