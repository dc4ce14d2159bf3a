package dev.akmatori.adapter.http.metrics;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives {@code akmatori_incidents_created_total} its contract name in the exposition. The Prometheus
 * client (1.x) refuses metric names ending in {@code _created} — OpenMetrics reserves that suffix for
 * a counter's creation time — and silently strips it, which would expose {@code
 * akmatori_incidents_total}. The counter is therefore registered under a stand-in name, renamed here
 * in the family's HELP, TYPE and sample lines of the 0.0.4 text format, which has no such rule.
 */
final class ReservedNames {
  /** The Micrometer name of the counter; the client exposes it as {@link #STAND_IN}. */
  static final String INCIDENTS_CREATED = "akmatori.incidents.created.stand.in";

  static final String STAND_IN = "akmatori_incidents_created_stand_in_total";
  static final String CONTRACT = "akmatori_incidents_created_total";

  private static final Pattern LINE =
      Pattern.compile("^(# (?:HELP|TYPE) )?" + STAND_IN + "(?=[ {])", Pattern.MULTILINE);

  private ReservedNames() {}

  static String rename(String exposition) {
    return LINE.matcher(exposition).replaceAll("$1" + Matcher.quoteReplacement(CONTRACT));
  }
}
