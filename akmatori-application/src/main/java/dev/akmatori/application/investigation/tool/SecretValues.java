package dev.akmatori.application.investigation.tool;

import dev.akmatori.domain.tool.SettingsSchema;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** Finds the clear secret values in an instance's settings, by the {@code secret} marks of its schema. */
final class SecretValues {
  private SecretValues() {}

  static void collect(AllowedInstance instance, Consumer<String> sink) {
    SettingsSchema schema = instance.type().settingsSchema();
    Set<String> paths = schema.secretPaths();
    if (!paths.isEmpty()) {
      walk(schema, instance.settings(), "", sink);
    }
  }

  private static void walk(SettingsSchema schema, Object value, String path, Consumer<String> sink) {
    if (value instanceof String && schema.isSecret(path)) {
      sink.accept((String) value);
    } else if (value instanceof Map) {
      ((Map<?, ?>) value).forEach((k, v) ->
          walk(schema, v, path.isEmpty() ? String.valueOf(k) : path + "." + k, sink));
    } else if (value instanceof List) {
      List<?> items = (List<?>) value;
      for (int i = 0; i < items.size(); i++) {
        walk(schema, items.get(i), path + "[" + i + "]", sink);
      }
    }
  }
}
