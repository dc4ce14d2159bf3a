package dev.akmatori.domain.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A well-formed request whose fields break rules (HTTP 400 {@code validation_error}). Carries every
 * failing field path with its message, in the order they were found.
 */
public final class ValidationException extends DomainException {
  private static final long serialVersionUID = 1L;

  /** The message every validation failure carries; the details say what failed. */
  public static final String MESSAGE = "Validation failed";

  private final Map<String, String> details;

  public ValidationException(Map<String, String> details) {
    super(MESSAGE);
    if (details.isEmpty()) {
      throw new IllegalArgumentException("a validation failure needs at least one field");
    }
    this.details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
  }

  /** A failure of one field. */
  public static ValidationException of(String field, String message) {
    return new ValidationException(Map.of(field, message));
  }

  /** Field path → message, e.g. {@code settings.ssh_hosts[0].address → is required}. */
  public Map<String, String> details() {
    return details;
  }
}
