package dev.akmatori.application.tool;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code POST /api/tools} as sent (contract §3.4.2); null means "not provided". {@code settings}
 * may hold secrets and nulls; {@link #toString()} shows only its keys.
 */
public record CreateToolInstance(
    Long toolTypeId, String name, String logicalName, Map<String, Object> settings, Boolean enabled) {
  public CreateToolInstance {
    settings = settings == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(settings));
  }

  @Override
  public String toString() {
    return "CreateToolInstance[toolTypeId=" + toolTypeId + ", name=" + name + ", logicalName=" + logicalName
        + ", settings=" + settings.keySet() + ", enabled=" + enabled + "]";
  }
}
