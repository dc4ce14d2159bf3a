package dev.akmatori.domain.incident;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An incident about to be stored: it starts {@code pending}, with the fallback title already
 * computed (contract §3.1.3, §4.8). {@code context} keeps its key order.
 */
public record NewIncident(
    IncidentId uuid, String source, String sourceId, String title, Map<String, Object> context, String workingDir) {

  /** Titles are at most this many code points (contract §3.1). */
  public static final int MAX_TITLE = 255;

  public NewIncident {
    Objects.requireNonNull(uuid, "uuid");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(sourceId, "sourceId");
    requireTitle(title);
    Objects.requireNonNull(workingDir, "workingDir");
    context = Collections.unmodifiableMap(new LinkedHashMap<>(context == null ? Map.of() : context));
  }

  /**
   * Checks a title for storage.
   *
   * @throws IllegalArgumentException when it is longer than {@link #MAX_TITLE} code points
   */
  public static String requireTitle(String title) {
    Objects.requireNonNull(title, "title");
    if (title.codePointCount(0, title.length()) > MAX_TITLE) {
      throw new IllegalArgumentException("title longer than " + MAX_TITLE);
    }
    return title;
  }
}
