package dev.akmatori.application.tool;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code PUT /api/tools/{id}} as sent (contract §3.4.2); null means "omitted, unchanged". A
 * {@code logicalName} of {@code ""} re-derives it from the name; inside {@code settings} a null value
 * removes that key. {@link #toString()} shows only the settings keys.
 */
public record UpdateToolInstance(String name, String logicalName, Map<String, Object> settings, Boolean enabled) {
  public UpdateToolInstance {
    settings = settings == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(settings));
  }

  @Override
  public String toString() {
    return "UpdateToolInstance[name=" + name + ", logicalName=" + logicalName + ", settings="
        + (settings == null ? null : settings.keySet()) + ", enabled=" + enabled + "]";
  }
}
