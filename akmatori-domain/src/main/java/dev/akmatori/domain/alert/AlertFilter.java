package dev.akmatori.domain.alert;

import dev.akmatori.domain.shared.Text;
import java.util.Objects;
import java.util.Optional;

/** Filters of {@code GET /api/alerts} (contract §3.2): a status and the uuid of the receiving source. */
public record AlertFilter(Optional<AlertStatus> status, Optional<String> sourceUuid) {
  public AlertFilter {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(sourceUuid, "sourceUuid");
  }

  public static AlertFilter none() {
    return new AlertFilter(Optional.empty(), Optional.empty());
  }

  /**
   * True when no alert can match: the source uuid holds what no stored text holds (a NUL
   * character, which PostgreSQL cannot even compare; ADR 0023).
   */
  public boolean matchesNothing() {
    return sourceUuid.filter(s -> Text.unstorable(s) != null).isPresent();
  }
}
