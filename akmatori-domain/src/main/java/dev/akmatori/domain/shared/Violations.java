package dev.akmatori.domain.shared;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Collects field errors so a request is answered with all of them at once. Not thread-safe; one per
 * validation.
 */
public final class Violations {
  private final Map<String, String> details = new LinkedHashMap<>();

  /** Records a failure of {@code field}; the first message for a field wins. */
  public Violations add(String field, String message) {
    details.putIfAbsent(field, message);
    return this;
  }

  public boolean has(String field) {
    return details.containsKey(field);
  }

  public boolean isEmpty() {
    return details.isEmpty();
  }

  /** Copies every failure of {@code other} here. */
  public Violations addAll(ValidationException other) {
    other.details().forEach(this::add);
    return this;
  }

  /** Throws a {@link ValidationException} when anything failed. */
  public void throwIfAny() {
    if (!details.isEmpty()) {
      throw new ValidationException(details);
    }
  }

  public Map<String, String> asMap() {
    return Map.copyOf(details);
  }
}
