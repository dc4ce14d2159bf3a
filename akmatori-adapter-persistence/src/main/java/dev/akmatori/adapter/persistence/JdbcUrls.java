package dev.akmatori.adapter.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** JDBC URL rules: which database, the H2 compatibility settings, and a loggable form. */
final class JdbcUrls {
  /** Makes H2 accept and order like PostgreSQL, so one migration set serves both. */
  static final String H2_COMPATIBILITY = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

  private static final Pattern H2_MODE = Pattern.compile("(?i);\\s*MODE\\s*=");
  private static final Pattern H2_CLOSE_ON_EXIT = Pattern.compile("(?i);\\s*DB_CLOSE_ON_EXIT\\s*=");
  private static final Pattern H2_WRITE_DELAY = Pattern.compile("(?i);\\s*WRITE_DELAY\\s*=");
  private static final Pattern H2_QUERY_CACHE = Pattern.compile("(?i);\\s*QUERY_CACHE_SIZE\\s*=");
  /** Parsed statements H2 keeps per connection (its default, 8, is fewer than one investigation step uses). */
  static final int H2_QUERY_CACHE_SIZE = 64;
  private static final Pattern USER_INFO = Pattern.compile("//([^/@?;#]*)@");

  private JdbcUrls() {}

  static boolean isH2(String url) {
    return url.regionMatches(true, 0, "jdbc:h2:", 0, 8);
  }

  static boolean isPostgres(String url) {
    return url.regionMatches(true, 0, "jdbc:postgresql:", 0, 16);
  }

  /**
   * True for an embedded H2 database ({@code mem:} or a file) that no second process can open: not
   * a {@code tcp:}/{@code ssl:} server URL and without {@code AUTO_SERVER=TRUE}.
   */
  static boolean isExclusive(String url) {
    if (!isH2(url)) {
      return false;
    }
    String lower = url.toLowerCase(Locale.ROOT).replace(" ", "");
    boolean server = lower.startsWith("jdbc:h2:tcp:") || lower.startsWith("jdbc:h2:ssl:");
    return !server && !lower.contains(";auto_server=true");
  }

  /**
   * The URL handed to the driver: H2 URLs get {@link #H2_COMPATIBILITY} unless they set MODE, and
   * H2 databases on disk two durability settings unless the URL sets them: {@code
   * DB_CLOSE_ON_EXIT=FALSE}, so H2's own shutdown hook does not close the database while the
   * graceful shutdown still re-queues investigations (the pool closes it last), and {@code
   * WRITE_DELAY=0}, so a commit reaches the file at once and survives the process being killed.
   * Every H2 URL also gets {@code QUERY_CACHE_SIZE=64} unless it sets one: H2 parses a statement
   * again when it is not among the last few of its connection, and the investigation engine's
   * statements rotate through more than its default 8 (ADR 0022).
   */
  static String effective(String url) {
    if (!isH2(url)) {
      return url;
    }
    String result = H2_MODE.matcher(url).find() ? url : url + H2_COMPATIBILITY;
    result += H2_QUERY_CACHE.matcher(url).find() ? "" : ";QUERY_CACHE_SIZE=" + H2_QUERY_CACHE_SIZE;
    if (!url.regionMatches(true, 0, "jdbc:h2:mem:", 0, 12)) {
      result += H2_CLOSE_ON_EXIT.matcher(url).find() ? "" : ";DB_CLOSE_ON_EXIT=FALSE";
      result += H2_WRITE_DELAY.matcher(url).find() ? "" : ";WRITE_DELAY=0";
    }
    return result;
  }

  /** The URL without user-info and without any parameter whose name mentions a password. */
  static String redacted(String url) {
    String withoutUserInfo = USER_INFO.matcher(url).replaceFirst("//");
    int query = withoutUserInfo.indexOf('?');
    if (query >= 0) {
      List<String> kept = keep(withoutUserInfo.substring(query + 1).split("&", -1));
      return withoutUserInfo.substring(0, query) + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
    }
    String[] parts = withoutUserInfo.split(";", -1);
    List<String> kept = new ArrayList<>(List.of(parts[0]));
    kept.addAll(keep(List.of(parts).subList(1, parts.length).toArray(String[]::new)));
    return String.join(";", kept);
  }

  private static List<String> keep(String[] params) {
    List<String> kept = new ArrayList<>();
    for (String param : params) {
      int eq = param.indexOf('=');
      String name = (eq < 0 ? param : param.substring(0, eq)).toLowerCase(Locale.ROOT);
      if (!name.contains("password") && !param.isEmpty()) {
        kept.add(param);
      }
    }
    return kept;
  }
}
