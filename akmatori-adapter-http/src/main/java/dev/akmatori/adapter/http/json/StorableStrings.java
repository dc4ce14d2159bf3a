package dev.akmatori.adapter.http.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akmatori.domain.shared.Text;
import dev.akmatori.domain.shared.Violations;
import java.util.Map;

/**
 * Finds the strings of a request body that no database can keep as given — a NUL character or an
 * unpaired surrogate ({@link Text#unstorable}) — in values and in keys, free-form objects included,
 * and records each at its field path ({@code settings.ssh_hosts[0].address}). Checked once for the
 * whole body, so no handler can forget it (ADR 0023).
 */
final class StorableStrings {
  private StorableStrings() {}

  static void check(JsonNode node, String path, Violations v) {
    if (node.isTextual()) {
      record(node.textValue(), path, v);
    } else if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        String at = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
        record(field.getKey(), at, v);
        check(field.getValue(), at, v);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        check(node.get(i), path + "[" + i + "]", v);
      }
    }
  }

  private static void record(String text, String path, Violations v) {
    String problem = Text.unstorable(text);
    if (problem != null) {
      v.add(path, problem);
    }
  }
}
