package dev.akmatori.adapter.llm.tool.catchpoint;

import dev.akmatori.adapter.llm.tool.integration.Arguments;
import dev.akmatori.adapter.llm.tool.integration.Times;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import okhttp3.HttpUrl;

/**
 * Arguments of §6.7 as Catchpoint REST API v2 query parameters: id lists comma-joined ({@code
 * testIds=1,2}), times as {@code startTimeUtc}/{@code endTimeUtc} in {@code yyyy-MM-ddTHH:mm:ss}
 * UTC, {@code page_number}/{@code page_size} as {@code pageNumber}/{@code pageSize}, and the
 * names Catchpoint wants as numeric ids ({@code levelId}, {@code statusId}, {@code typeIds}).
 */
final class CatchpointParams {
  /** A Catchpoint id: a non-negative number that fits a {@code long} (18 digits always do). */
  static final Pattern NUMERIC_ID = Pattern.compile("\\d{1,18}");
  static final Pattern ALERT_ID = Pattern.compile("[A-Za-z0-9_-]{1,128}");
  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);

  /** Alert levels of {@code GET /v2/tests/alerts} ({@code levelId}). */
  private static final Map<String, Integer> LEVELS =
      Map.of("warning", 0, "critical", 1, "information", 2, "info", 2, "improved", 3);

  /**
   * Test types ({@code typeIds}), from the {@code DisplayTestType} enumeration of the published v2
   * description (where {@code Transaction} is 27 and {@code TransactionLegacy} 1), by name without
   * case, spaces, dashes or underscores.
   */
  private static final Map<String, Integer> TEST_TYPES = Map.ofEntries(
      Map.entry("web", 0), Map.entry("transactionlegacy", 1),
      Map.entry("htmlcode", 2), Map.entry("ftp", 3), Map.entry("tcp", 4), Map.entry("dns", 5),
      Map.entry("ping", 6), Map.entry("smtp", 7), Map.entry("udp", 8), Map.entry("api", 9),
      Map.entry("streaming", 10), Map.entry("ssh", 11), Map.entry("traceroute", 12),
      Map.entry("websocket", 13), Map.entry("ntp", 14), Map.entry("imap", 15), Map.entry("mqtt", 16),
      Map.entry("bulk", 17), Map.entry("ssl", 18), Map.entry("wifi", 19), Map.entry("bgp", 20),
      Map.entry("nodetonode", 21), Map.entry("bandwidth", 22), Map.entry("webpagetestweb", 23),
      Map.entry("webpagetesttransaction", 24), Map.entry("playwright", 25), Map.entry("puppeteer", 26),
      Map.entry("transaction", 27));

  private CatchpointParams() {}

  /**
   * A list of ids (an item may itself be comma-separated), each checked against {@code shape},
   * de-duplicated and comma-joined; empty when absent and not {@code required}.
   */
  static Optional<String> ids(Arguments args, String name, Pattern shape, boolean required) {
    Set<String> ids = new LinkedHashSet<>();
    for (String given : args.texts(name)) {
      for (String id : given.split(",")) {
        String trimmed = id.strip();
        if (trimmed.isEmpty()) {
          continue;
        }
        if (!shape.matcher(trimmed).matches()) {
          throw Arguments.invalid(name, "'" + trimmed + "' is not a Catchpoint id");
        }
        ids.add(trimmed);
      }
    }
    if (ids.isEmpty() && required) {
      throw Arguments.invalid(name, "must hold at least one id");
    }
    return ids.isEmpty() ? Optional.empty() : Optional.of(String.join(",", ids));
  }

  /** Adds {@code ids(...)} as {@code param} when there are any. */
  static void ids(HttpUrl.Builder url, String param, Arguments args, String name, Pattern shape) {
    ids(args, name, shape, false).ifPresent(v -> url.addQueryParameter(param, v));
  }

  /**
   * The window: {@code start_time} and {@code end_time} (RFC 3339 or Unix seconds) as UTC; a start
   * without an end ends now; an end without a start is refused, as Catchpoint wants both. Neither:
   * Catchpoint's default window of the endpoint.
   */
  static void window(HttpUrl.Builder url, Arguments args, Clock clock) {
    Optional<Instant> start = time(args, "start_time");
    Optional<Instant> end = time(args, "end_time");
    if (start.isEmpty()) {
      if (end.isPresent()) {
        throw Arguments.invalid("start_time", "is required when end_time is given");
      }
      return;
    }
    Instant until = end.orElse(clock.instant());
    if (!until.isAfter(start.get())) {
      throw Arguments.invalid("end_time", "must be after start_time");
    }
    url.addQueryParameter("startTimeUtc", UTC.format(start.get()));
    url.addQueryParameter("endTimeUtc", UTC.format(until));
  }

  /** {@code pageNumber} (≥ 1) and {@code pageSize} (≥ 1) when given. */
  static void paging(HttpUrl.Builder url, Arguments args) {
    args.integer("page_number").ifPresent(n -> url.addQueryParameter("pageNumber", positive("page_number", n)));
    args.integer("page_size").ifPresent(n -> url.addQueryParameter("pageSize", positive("page_size", n)));
  }

  /** {@code severity} as {@code levelId}: warning 0, critical 1, information 2, improved 3. */
  static void severity(HttpUrl.Builder url, Arguments args) {
    args.optionalText("severity").ifPresent(v -> url.addQueryParameter("levelId",
        Integer.toString(named("severity", v, LEVELS, "warning, critical, information, improved"))));
  }

  /** {@code status} as {@code statusId}: active 0, inactive 1. */
  static void status(HttpUrl.Builder url, Arguments args) {
    args.optionalText("status").ifPresent(v -> url.addQueryParameter("statusId",
        Integer.toString(named("status", v, Map.of("active", 0, "inactive", 1), "active, inactive"))));
  }

  /** {@code test_type} as {@code typeIds}: a type name (web, api, dns, ping, …) or its numeric id. */
  static void testType(HttpUrl.Builder url, Arguments args) {
    args.optionalText("test_type").ifPresent(v -> url.addQueryParameter("typeIds", Integer.toString(
        named("test_type", v, TEST_TYPES, TEST_TYPES.keySet().stream().sorted().collect(Collectors.joining(", "))))));
  }

  /** A name of {@code known} (compared without case and separators) or a plain number. */
  private static int named(String argument, String value, Map<String, Integer> known, String names) {
    if (value.matches("\\d{1,9}")) {
      return Integer.parseInt(value);
    }
    Integer id = known.get(normalise(value));
    if (id == null) {
      throw Arguments.invalid(argument, "must be one of " + names + " or a numeric Catchpoint id");
    }
    return id;
  }

  static String normalise(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("\\(.*?\\)", "").replaceAll("[^a-z0-9]", "");
  }

  private static String positive(String name, long value) {
    if (value < 1) {
      throw Arguments.invalid(name, "must be at least 1");
    }
    return Long.toString(value);
  }

  private static Optional<Instant> time(Arguments args, String name) {
    return args.optionalText(name).map(v -> Times.instant(v)
        .orElseThrow(() -> Arguments.invalid(name, "must be RFC 3339 or Unix seconds")));
  }

  /** The texts of a list argument, trimmed, blanks dropped. */
  static List<String> texts(Arguments args, String name) {
    List<String> out = new ArrayList<>();
    for (String text : args.texts(name)) {
      if (!text.isBlank()) {
        out.add(text.strip());
      }
    }
    return out;
  }
}
