package dev.akmatori.domain.auth;

import dev.akmatori.domain.shared.Text;
import dev.akmatori.domain.shared.Violations;

/** The display name of an API key: trimmed, 1–128 code points, unique. */
public record ApiKeyName(String value) {
  public static final int MAX = 128;

  public ApiKeyName {
    Violations v = new Violations();
    value = Text.requiredTrimmed(value, "name", MAX, v);
    v.throwIfAny();
  }

  @Override
  public String toString() {
    return value;
  }
}
