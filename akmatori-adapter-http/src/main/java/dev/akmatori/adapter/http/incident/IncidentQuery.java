package dev.akmatori.adapter.http.incident;

import dev.akmatori.domain.incident.IncidentFilter;
import dev.akmatori.domain.incident.IncidentStatus;
import dev.akmatori.domain.shared.Violations;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The filters of {@code GET /api/incidents} (contract §3.1.1): {@code from}/{@code to} in Unix
 * seconds (inclusive), a comma-separated {@code status} list and an exact {@code source}.
 */
final class IncidentQuery {
  private static final String DIAGNOSED = "diagnosed";
  /** ±10^15 s is ±31 million years: beyond it an Instant would overflow, and nothing is there. */
  private static final long MAX_SECONDS = 1_000_000_000_000_000L;

  private IncidentQuery() {}

  /** The filter; bad values are recorded in {@code v} and the filter is then meaningless. */
  static IncidentFilter parse(Context ctx, Violations v) {
    Optional<Long> from = seconds(ctx.queryParam("from"), "from", v);
    Optional<Long> to = seconds(ctx.queryParam("to"), "to", v);
    if (from.isPresent() && to.isPresent() && from.get() > to.get()) {
      v.add("from", "must not be after to");
    }
    Set<IncidentStatus> statuses = EnumSet.noneOf(IncidentStatus.class);
    boolean diagnosed = statuses(ctx.queryParam("status"), statuses, v);
    String source = ctx.queryParam("source");
    return new IncidentFilter(
        from.map(Instant::ofEpochSecond),
        to.map(s -> Instant.ofEpochSecond(s + 1)),
        statuses,
        diagnosed,
        Optional.ofNullable(source).filter(s -> !s.isEmpty()));
  }

  private static Optional<Long> seconds(String text, String field, Violations v) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      long value = Long.parseLong(text);
      return Optional.of(Math.max(-MAX_SECONDS, Math.min(MAX_SECONDS, value)));
    } catch (NumberFormatException e) {
      v.add(field, "must be an integer (unix seconds)");
      return Optional.empty();
    }
  }

  /** Fills {@code into}; tells whether {@code diagnosed} (valid, matches nothing) was asked for. */
  private static boolean statuses(String text, Set<IncidentStatus> into, Violations v) {
    boolean diagnosed = false;
    for (String item : text == null ? new String[0] : text.split(",")) {
      String name = item.strip();
      if (name.isEmpty()) {
        continue;
      }
      Optional<IncidentStatus> status = IncidentStatus.fromWire(name);
      if (status.isPresent()) {
        into.add(status.get());
      } else if (DIAGNOSED.equals(name)) {
        diagnosed = true;
      } else {
        v.add("status", "invalid status '" + name + "'");
      }
    }
    return diagnosed;
  }
}
