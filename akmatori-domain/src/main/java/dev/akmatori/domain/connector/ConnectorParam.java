package dev.akmatori.domain.connector;

import dev.akmatori.domain.shared.FrozenJson;
import dev.akmatori.domain.shared.Text;
import dev.akmatori.domain.shared.Violations;

/**
 * A parameter of a connector tool (the Param of contract §3.8): its name, JSON type, whether it is
 * required, where it goes in the request and its default ({@code null}: none; any JSON value
 * otherwise). A required parameter with a default is never missing.
 */
public record ConnectorParam(
    String name, ParamType type, boolean required, ParamLocation in, Object defaultValue) {

  /** Throws a {@code ValidationException} with paths relative to the param ({@code name}, {@code in}). */
  public ConnectorParam {
    Violations v = new Violations();
    collect(name, type, in, v, "");
    v.throwIfAny();
    defaultValue = FrozenJson.of(defaultValue);
  }

  /**
   * Records the failures of these values under {@code prefix} (e.g. {@code tools[0].params[1].}):
   * a blank name, and a missing or unknown ({@code null}) location or type.
   */
  public static void collect(String name, ParamType type, ParamLocation in, Violations v, String prefix) {
    if (Text.isBlank(name)) {
      v.add(prefix + "name", "is required");
    }
    if (in == null) {
      v.add(prefix + "in", "must be one of " + ParamLocation.CHOICES);
    }
    if (type == null) {
      v.add(prefix + "type", "must be one of " + ParamType.CHOICES);
    }
  }

  public boolean hasDefault() {
    return defaultValue != null;
  }
}
