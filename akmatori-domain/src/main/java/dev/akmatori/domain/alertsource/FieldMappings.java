package dev.akmatori.domain.alertsource;

import dev.akmatori.domain.shared.ValidationException;
import dev.akmatori.domain.shared.Violations;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Payload paths per normalised alert field, {@code {"<field>": "<dot.path>"}} (contract §4.4): keys
 * are {@link AlertField} wire names, values non-empty strings. Iterates in {@link AlertField} order.
 */
public record FieldMappings(Map<AlertField, String> paths) {
  public static final String FIELD = "field_mappings";

  private static final FieldMappings NONE = new FieldMappings(Map.of());

  public FieldMappings {
    EnumMap<AlertField, String> copy = new EnumMap<>(AlertField.class);
    paths.forEach(
        (field, path) -> {
          if (path == null || path.isEmpty()) {
            throw new IllegalArgumentException("empty path for " + field.wireName());
          }
          copy.put(field, path);
        });
    paths = Collections.unmodifiableMap(copy);
  }

  public static FieldMappings none() {
    return NONE;
  }

  /**
   * Validates a JSON object: every failing key is reported as {@code field_mappings.<key>}, with
   * {@code unknown alert field} or {@code must be a non-empty string}.
   */
  public static FieldMappings parse(Map<String, ?> raw) {
    Violations v = new Violations();
    FieldMappings parsed = parse(raw, v);
    v.throwIfAny();
    return parsed;
  }

  /** Like {@link #parse(Map)}, recording failures in {@code v}; null when anything failed. */
  static FieldMappings parse(Map<String, ?> raw, Violations v) {
    Map<AlertField, String> paths = new EnumMap<>(AlertField.class);
    boolean failed = false;
    for (Map.Entry<String, ?> entry : raw.entrySet()) {
      String key = FIELD + "." + entry.getKey();
      Optional<AlertField> field = AlertField.fromWire(entry.getKey());
      Object value = entry.getValue();
      if (field.isEmpty()) {
        v.add(key, "unknown alert field");
        failed = true;
      } else if (!(value instanceof String) || ((String) value).isEmpty()) {
        v.add(key, "must be a non-empty string");
        failed = true;
      } else {
        paths.put(field.get(), (String) value);
      }
    }
    return failed ? null : new FieldMappings(paths);
  }

  /** The path mapped to {@code field}, if any. */
  public Optional<String> path(AlertField field) {
    return Optional.ofNullable(paths.get(field));
  }

  public boolean isEmpty() {
    return paths.isEmpty();
  }

  /** The wire form: field wire name → path, in field order. */
  public Map<String, String> toWire() {
    Map<String, String> wire = new LinkedHashMap<>();
    paths.forEach((field, path) -> wire.put(field.wireName(), path));
    return Collections.unmodifiableMap(wire);
  }

  /** Reads the wire form back; throws {@link ValidationException} when it is not valid. */
  public static FieldMappings fromWire(Map<String, String> wire) {
    return parse(wire);
  }
}
