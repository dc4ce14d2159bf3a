package dev.akmatori.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.akmatori.application.investigation.FixedModelSettings;
import dev.akmatori.application.investigation.RunOutcome;
import dev.akmatori.application.investigation.ScriptedInvestigation;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Listing 1,000,000 incidents (issue 9), not a test: its name keeps it out of {@code mvn verify}; run
 * it with {@code docs/bench/run.sh}. Per database (the embedded H2 file, and PostgreSQL when
 * {@code AKMATORI_TEST_POSTGRES_URL} is set) it plants one million incidents with plain SQL, then
 * times {@code GET /api/incidents} through the real server (HTTP, auth, validation, repository,
 * JSON) against the same two statements the repository runs — the COUNT and the ordered page —
 * issued with plain JDBC on the same database in the same run: page 1, a deep page (offset 500,000)
 * and a one-hour {@code from}/{@code to} window. It writes {@code docs/bench/listing-results.md}.
 */
class ListingBench {
  private static final int INCIDENTS = 1_000_000;
  private static final int PER_PAGE = 50;
  private static final int CHUNK = 50_000;
  private static final int WARMUP = 5;
  private static final int MEASURED = 25;
  private static final String PASSWORD = "bench-admin-password";
  private static final Path REPORT = Path.of("..", "docs", "bench", "listing-results.md");
  private static final ObjectMapper JSON = new ObjectMapper();
  /**
   * Incident i is created at BASE + i seconds, ending an hour ago: recent enough that no retention
   * pass could touch them during the run.
   */
  private static final Instant BASE =
      Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).minusSeconds(INCIDENTS + 3_600L);
  private static final String COLUMNS =
      "id, uuid, source, source_id, title, status, context, session_id, working_dir, response, tokens_used,"
          + " execution_time_ms, started_at, completed_at, created_at, updated_at, error, steps, alert_count";

  @TempDir Path h2Dir;
  @TempDir Path pgDir;

  /** One listing measured both ways. */
  private record Case(String name, String apiPath, String where, List<Object> binds, int offset) {}

  private record Timing(String name, double apiMedianMs, double apiP90Ms, double sqlMedianMs, double sqlP90Ms) {
    double ratio() {
      return apiMedianMs / sqlMedianMs;
    }
  }

  @Test
  void measure() throws Exception {
    List<String> sections = new ArrayList<>();
    sections.add(run("H2 (embedded file, default URL)", h2Dir, Map.of(), false));
    String pg = System.getenv("AKMATORI_TEST_POSTGRES_URL");
    if (pg != null && !pg.isBlank()) {
      String schema = "bench_" + UUID.randomUUID().toString().replace("-", "");
      execute(pg, "CREATE SCHEMA " + schema);
      try {
        String url = pg + (pg.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        sections.add(run("PostgreSQL " + serverVersion(pg) + " (local)", pgDir, Map.of("AKMATORI_DB_URL", url), true));
      } finally {
        execute(pg, "DROP SCHEMA " + schema + " CASCADE");
      }
    }
    Files.createDirectories(REPORT.getParent());
    Files.writeString(REPORT, report(sections), StandardCharsets.UTF_8);
  }

  private String run(String database, Path dataDir, Map<String, String> extra, boolean postgres) throws Exception {
    Map<String, String> env = new HashMap<>(extra);
    env.put("AKMATORI_DATA_DIR", dataDir.toString());
    env.put("AKMATORI_PORT", "0");
    env.put("AKMATORI_BIND_ADDRESS", "127.0.0.1");
    env.put("AKMATORI_ADMIN_PASSWORD", PASSWORD);
    env.put("AKMATORI_ENCRYPTION_KEY", Base64.getEncoder().encodeToString(new byte[32]));
    AppConfig config = AppConfig.fromEnvironment(env);
    ScriptedInvestigation parked = new ScriptedInvestigation(call -> {
      call.await(call.shutdown(), TimeUnit.HOURS.toMillis(1));
      return RunOutcome.interrupted(0, 0);
    });
    InvestigationEngine engine = InvestigationEngine.of(parked, new FixedModelSettings(false), s -> s);
    try (Application app = Application.start(config, engine); HikariDataSource pool = pool(config)) {
      long planted = plant(pool, postgres);
      String token = SystemTest.login(app, PASSWORD);
      long from = BASE.getEpochSecond() + 400_000;
      long to = from + 3_599;
      OffsetDateTime fromTs = OffsetDateTime.ofInstant(Instant.ofEpochSecond(from), ZoneOffset.UTC);
      OffsetDateTime toTs = OffsetDateTime.ofInstant(Instant.ofEpochSecond(to + 1), ZoneOffset.UTC);
      int deepPage = 10_001;
      List<Case> cases = List.of(
          new Case("Page 1 (newest 50)", "/api/incidents?page=1&per_page=" + PER_PAGE, "", List.of(), 0),
          new Case("Deep page (page 10,001: offset 500,000)", "/api/incidents?page=" + deepPage + "&per_page=" + PER_PAGE,
              "", List.of(), (deepPage - 1) * PER_PAGE),
          new Case("One hour by from/to (3,600 matches, page 1)",
              "/api/incidents?per_page=" + PER_PAGE + "&from=" + from + "&to=" + to,
              " WHERE created_at >= ? AND created_at < ?", List.of(fromTs, toTs), 0));
      List<Timing> timings = new ArrayList<>();
      for (Case c : cases) {
        timings.add(measure(app, token, pool, c));
      }
      return section(database, planted, timings);
    }
  }

  /**
   * One million terminal incidents by the database's own row generator, in committed chunks (one
   * million rows in one H2 transaction grows an undo log of gigabytes). The table must be empty.
   */
  private static long plant(HikariDataSource pool, boolean postgres) throws Exception {
    String base = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC).format(BASE);
    String uuid = postgres ? "gen_random_uuid()::text" : "CAST(RANDOM_UUID() AS VARCHAR)";
    String at = postgres
        ? "(TIMESTAMPTZ '" + base + "+00' + g.n * INTERVAL '1 second')"
        : "DATEADD(SECOND, g.n, TIMESTAMP WITH TIME ZONE '" + base + "+00')";
    long start = System.nanoTime();
    try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
      for (int first = 1; first <= INCIDENTS; first += CHUNK) {
        int last = Math.min(INCIDENTS, first + CHUNK - 1);
        String rows = postgres
            ? "generate_series(" + first + ", " + last + ") AS g(n)"
            : "SYSTEM_RANGE(" + first + ", " + last + ") AS g(n)";
        s.executeUpdate("INSERT INTO incidents (id, uuid, source, source_id, title, status, context, response, tokens_used,"
            + " execution_time_ms, steps, started_at, completed_at, created_at, updated_at) SELECT g.n, " + uuid
            + ", 'api', CONCAT('api-', g.n), CONCAT('Disk usage above 90% on host-', g.n), 'completed',"
            + " '{\"host\":\"db-01\"}', 'The disk filled with logs; rotated them.', 1234, 45678, 7, "
            + at + ", " + at + ", " + at + ", " + at + " FROM " + rows);
      }
      // Explicit ids spare H2 a synced sequence flush every 32 rows; the identity continues after them.
      s.execute("ALTER TABLE incidents ALTER COLUMN id RESTART WITH " + (INCIDENTS + 1));
      if (postgres) {
        s.execute("ANALYZE incidents");
      }
    }
    System.out.printf(Locale.ROOT, "planted %,d incidents in %.1f s%n", INCIDENTS, (System.nanoTime() - start) / 1e9);
    try (Connection c = pool.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM incidents")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static Timing measure(Application app, String token, HikariDataSource pool, Case c) throws Exception {
    // Both sides must return the same page, or the comparison means nothing.
    JsonNode api = JSON.readTree(get(app, token, c.apiPath()).body());
    List<String> sqlUuids = sqlPage(pool, c);
    List<String> apiUuids = new ArrayList<>();
    api.get("data").forEach(i -> apiUuids.add(i.get("uuid").asText()));
    assertThat(apiUuids).as(c.name()).hasSize(PER_PAGE).isEqualTo(sqlUuids);

    for (int i = 0; i < WARMUP; i++) {
      get(app, token, c.apiPath());
      sqlPage(pool, c);
    }
    long[] apiNanos = new long[MEASURED];
    long[] sqlNanos = new long[MEASURED];
    for (int i = 0; i < MEASURED; i++) { // interleaved, so drifting machine load hits both sides alike
      long t0 = System.nanoTime();
      HttpResponse<String> r = get(app, token, c.apiPath());
      apiNanos[i] = System.nanoTime() - t0;
      assertThat(r.statusCode()).isEqualTo(200);
      t0 = System.nanoTime();
      sqlPage(pool, c);
      sqlNanos[i] = System.nanoTime() - t0;
    }
    return new Timing(c.name(), percentile(apiNanos, 0.5), percentile(apiNanos, 0.9), percentile(sqlNanos, 0.5),
        percentile(sqlNanos, 0.9));
  }

  /** The repository's two statements in plain JDBC: the COUNT, then the ordered page, every column read. */
  private static List<String> sqlPage(HikariDataSource pool, Case c) throws Exception {
    try (Connection conn = pool.getConnection()) {
      try (PreparedStatement count = conn.prepareStatement("SELECT COUNT(*) FROM incidents" + c.where())) {
        bind(count, c.binds(), 0);
        try (ResultSet rs = count.executeQuery()) {
          rs.next();
          rs.getLong(1);
        }
      }
      List<String> uuids = new ArrayList<>();
      try (PreparedStatement page = conn.prepareStatement("SELECT " + COLUMNS + " FROM incidents" + c.where()
          + " ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?")) {
        int n = bind(page, c.binds(), 0);
        page.setInt(n + 1, PER_PAGE);
        page.setInt(n + 2, c.offset());
        try (ResultSet rs = page.executeQuery()) {
          int columns = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            for (int i = 1; i <= columns; i++) {
              rs.getObject(i);
            }
            uuids.add(rs.getString("uuid"));
          }
        }
      }
      return uuids;
    }
  }

  private static int bind(PreparedStatement s, List<Object> binds, int from) throws Exception {
    for (int i = 0; i < binds.size(); i++) {
      s.setObject(from + i + 1, binds.get(i));
    }
    return from + binds.size();
  }

  private static HttpResponse<String> get(Application app, String token, String path) throws Exception {
    return SystemTest.send(app, "GET", path, token, null);
  }

  private static double percentile(long[] nanos, double p) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
  }

  private static String section(String database, long planted, List<Timing> timings) {
    StringBuilder s = new StringBuilder("### ").append(database).append("\n\n")
        .append(String.format(Locale.ROOT, "%,d incidents in the table.%n%n", planted))
        .append("| Listing | API median ms | API p90 ms | raw SQL median ms | raw SQL p90 ms | API ÷ SQL (median) |\n")
        .append("|---|---:|---:|---:|---:|---:|\n");
    for (Timing t : timings) {
      s.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f | %.2f× |%n", t.name(), t.apiMedianMs(),
          t.apiP90Ms(), t.sqlMedianMs(), t.sqlP90Ms(), t.ratio()));
    }
    return s.toString();
  }

  private static String report(List<String> sections) throws Exception {
    String load = Files.exists(Path.of("/proc/loadavg")) ? Files.readString(Path.of("/proc/loadavg")).trim() : "n/a";
    return "# Listing 1,000,000 incidents\n\n"
        + "Produced by `docs/bench/run.sh` (the JUnit class `ListingBench` in `akmatori-app`, not part of `mvn verify`),\n"
        + "which rewrites this file. One million terminal incidents are planted with `INSERT … SELECT` in chunks of 50,000; then each\n"
        + "listing is requested " + MEASURED + " times (after " + WARMUP + " warm-ups) through the real server —\n"
        + "`GET /api/incidents` over loopback HTTP with a JWT, validation, the repository and JSON — interleaved with the\n"
        + "same two statements the repository runs (COUNT, then the ordered page with every column read) in plain JDBC on\n"
        + "the same database. Both sides are checked to return the same 50 incidents. The ratio is the cost of everything\n"
        + "the server adds to the SQL.\n\n"
        + "Measured " + Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + " on "
        + Runtime.getRuntime().availableProcessors() + " CPUs (load average at the end: " + load + "), Java "
        + System.getProperty("java.version") + ".\n\n"
        + String.join("\n", sections);
  }

  private static HikariDataSource pool(AppConfig config) {
    HikariConfig c = new HikariConfig();
    boolean h2 = config.dbUrl().startsWith("jdbc:h2:");
    c.setJdbcUrl(h2
        ? config.dbUrl() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0"
        : config.dbUrl());
    if (h2) {
      c.setUsername("sa");
    }
    c.setMaximumPoolSize(2);
    return new HikariDataSource(c);
  }

  private static String serverVersion(String url) throws Exception {
    try (Connection c = DriverManager.getConnection(url)) {
      return c.getMetaData().getDatabaseProductVersion();
    }
  }

  private static void execute(String url, String sql) throws Exception {
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
