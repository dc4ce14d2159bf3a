package dev.akmatori.domain.incident;

import dev.akmatori.domain.shared.ValidationException;
import java.nio.charset.StandardCharsets;

/**
 * The task of an API incident (contract §3.1.3): it must contain a non-whitespace character and
 * fit in 102,400 bytes of UTF-8. Stored as given, never trimmed.
 */
public record IncidentTask(String text) {
  /** 100 KiB of UTF-8. */
  public static final int MAX_BYTES = 102_400;

  public IncidentTask {
    if (text == null || text.isBlank()) {
      throw ValidationException.of("task", "is required");
    }
    if (exceedsLimit(text)) {
      throw ValidationException.of("task", "must be at most " + MAX_BYTES + " bytes");
    }
  }

  private static boolean exceedsLimit(String text) {
    // Each UTF-16 unit encodes to at most 3 bytes, so short texts need no encoding.
    if ((long) text.length() * 3 <= MAX_BYTES) {
      return false;
    }
    return text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES;
  }
}
