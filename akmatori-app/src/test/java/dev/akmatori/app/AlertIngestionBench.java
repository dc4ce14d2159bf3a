package dev.akmatori.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.akmatori.application.alert.AlertFixtures;
import dev.akmatori.application.investigation.FixedModelSettings;
import dev.akmatori.application.investigation.RunOutcome;
import dev.akmatori.application.investigation.ScriptedInvestigation;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The alert ingestion benchmark of issue 7, not a test (its name keeps it out of {@code mvn verify}).
 * Run it with {@code docs/bench/run.sh}; it rewrites {@code docs/bench/alerts-results.md} (linked from docs/benchmarks.md). Per database (the
 * default embedded H2 file, and PostgreSQL when {@code AKMATORI_TEST_POSTGRES_URL} is set), with the
 * real Alertmanager body and 16 concurrent clients, it measures: a bare Javalin endpoint that parses
 * the body and INSERTs one row with autocommit into the same database; new fingerprints (each request
 * opens an incident); and a storm of 10,000 duplicates over 20 fingerprints, checking that exactly 20
 * incidents come out. Investigations are "not configured": runs park until shutdown, so incidents
 * stay pending and live. The only assertion is that count; speed is reported against the targets.
 */
class AlertIngestionBench {
  private static final int CLIENTS = 16;
  private static final int WARMUP = 1_000;
  private static final int MEASURED = 4_000;
  private static final int STORM = 10_000;
  private static final int STORM_FINGERPRINTS = 20;
  private static final String PASSWORD = "bench-admin-password";
  private static final Path REPORT = Path.of("..", "docs", "bench", "alerts-results.md");
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BODY = AlertFixtures.shared("alertmanager-firing.json");

  @TempDir Path h2Dir;
  @TempDir Path pgDir;

  record Result(String name, int requests, double seconds, long p50Micros, long p99Micros) {
    double rps() {
      return requests / seconds;
    }

    Result named(String label) {
      return new Result(label, requests, seconds, p50Micros, p99Micros);
    }
  }

  @Test
  void measure() throws Exception {
    List<String> sections = new ArrayList<>();
    sections.add(run("H2 (embedded file, default URL)", h2Dir, Map.of()));
    String pg = System.getenv("AKMATORI_TEST_POSTGRES_URL");
    if (pg != null && !pg.isBlank()) {
      String schema = "bench_" + UUID.randomUUID().toString().replace("-", "");
      try (Connection c = DriverManager.getConnection(pg); Statement s = c.createStatement()) {
        s.execute("CREATE SCHEMA " + schema);
      }
      try {
        String url = pg + (pg.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        sections.add(run("PostgreSQL (" + serverVersion(pg) + ", local)", pgDir, Map.of("AKMATORI_DB_URL", url)));
      } finally {
        try (Connection c = DriverManager.getConnection(pg); Statement s = c.createStatement()) {
          s.execute("DROP SCHEMA " + schema + " CASCADE");
        }
      }
    }
    Files.writeString(REPORT, report(sections), StandardCharsets.UTF_8);
  }

  private String run(String database, Path dataDir, Map<String, String> extra) throws Exception {
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
    InvestigationEngine engine = InvestigationEngine.of(parked, new FixedModelSettings(true), s -> s);
    try (Application app = Application.start(config, engine);
        HikariDataSource pool = pool(config);
        Baseline baseline = new Baseline(pool)) {
      String token = SystemTest.login(app, PASSWORD);
      String fresh = source(app, token);
      String storm = source(app, token);
      String webhook = "http://127.0.0.1:" + app.port() + "/api/webhook/alert/";
      AtomicInteger unique = new AtomicInteger();

      load(baseline.url(), WARMUP, i -> BODY);
      load(webhook + fresh, WARMUP, i -> distinct(unique.incrementAndGet()));
      Result base = load(baseline.url(), MEASURED, i -> BODY).named("Baseline: bare Javalin, parse + INSERT (autocommit)");
      Result created = load(webhook + fresh, MEASURED, i -> distinct(unique.incrementAndGet())).named("New fingerprints (each creates an incident)");
      long before = total(app, token, "/api/incidents?per_page=1");
      Result dup = load(webhook + storm, STORM, i -> distinct(1_000_000 + i % STORM_FINGERPRINTS)).named("Storm: 10,000 alerts over 20 fingerprints");
      long incidents = total(app, token, "/api/incidents?per_page=1") - before;
      long alerts = total(app, token, "/api/alerts?per_page=1&source_uuid=" + storm);
      assertThat(incidents).as("incidents made by the storm").isEqualTo(STORM_FINGERPRINTS);
      assertThat(alerts).as("alerts stored by the storm").isEqualTo(STORM_FINGERPRINTS);
      return section(database, base, created, dup, incidents);
    }
  }

  /** The real body with a distinct alert name and Alertmanager fingerprint per {@code n}. */
  private static String distinct(int n) {
    return BODY.replace("\"HighCPUUsage\"", "\"HighCPUUsage" + n + "\"")
        .replace("ee9d186e238f6046", String.format("%016x", n));
  }

  private static Result load(String url, int requests, IntFunction<String> body) throws Exception {
    long[] micros = new long[requests];
    AtomicInteger next = new AtomicInteger();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    long start = System.nanoTime();
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        running.add(clients.submit(() -> {
          for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = CLIENT.send(
                HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofString(body.apply(i))).build(),
                HttpResponse.BodyHandlers.ofString());
            micros[i] = (System.nanoTime() - t0) / 1_000;
            if (r.statusCode() != 200) {
              throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
            }
          }
          return null;
        }));
      }
      for (Future<?> f : running) {
        f.get(30, TimeUnit.MINUTES);
      }
    } finally {
      clients.shutdownNow();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long[] sorted = micros.clone();
    Arrays.sort(sorted);
    return new Result("", requests, seconds, percentile(sorted, 0.50), percentile(sorted, 0.99));
  }

  private static long percentile(long[] sorted, double p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
  }

  private static String source(Application app, String token) throws Exception {
    HttpResponse<String> r = SystemTest.send(app, "POST", "/api/alert-sources", token,
        "{\"source_type_name\":\"alertmanager\",\"name\":\"bench-" + UUID.randomUUID() + "\"}");
    return JSON.readTree(r.body()).get("uuid").asText();
  }

  private static long total(Application app, String token, String path) throws Exception {
    return JSON.readTree(SystemTest.send(app, "GET", path, token, null).body()).get("pagination").get("total").asLong();
  }

  /** A pool on the application's own database, as the baseline's "same database". */
  private static HikariDataSource pool(AppConfig config) {
    HikariConfig c = new HikariConfig();
    boolean h2 = config.dbUrl().startsWith("jdbc:h2:");
    c.setJdbcUrl(h2 ? config.dbUrl() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0" : config.dbUrl());
    if (h2) {
      c.setUsername("sa");
    }
    c.setMaximumPoolSize(config.dbPoolSize());
    return new HikariDataSource(c);
  }

  private static String serverVersion(String url) throws Exception {
    try (Connection c = DriverManager.getConnection(url)) {
      return c.getMetaData().getDatabaseProductVersion();
    }
  }

  /** The baseline: one Javalin route that parses the body and INSERTs one row with autocommit. */
  private static final class Baseline implements AutoCloseable {
    private final Javalin javalin;

    Baseline(HikariDataSource pool) throws Exception {
      try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
        s.execute("CREATE TABLE IF NOT EXISTS bench_baseline (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
            + " receiver VARCHAR(200) NOT NULL, payload TEXT NOT NULL, received_at TIMESTAMP WITH TIME ZONE NOT NULL)");
      }
      ObjectMapper mapper = new ObjectMapper();
      this.javalin = Javalin.create(config -> {
        config.startup.showJavalinBanner = false;
        config.http.maxRequestSize = 10L * 1024 * 1024;
        config.routes.post("/ingest", ctx -> {
          byte[] body = ctx.bodyAsBytes();
          String receiver = mapper.readTree(body).path("receiver").asText();
          try (Connection c = pool.getConnection();
              PreparedStatement insert = c.prepareStatement(
                  "INSERT INTO bench_baseline (receiver, payload, received_at) VALUES (?, ?, ?)")) {
            insert.setString(1, receiver);
            insert.setString(2, new String(body, StandardCharsets.UTF_8));
            insert.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
            insert.executeUpdate();
          }
          ctx.json(Map.of("received", 1));
        });
      }).start("127.0.0.1", 0);
    }

    String url() {
      return "http://127.0.0.1:" + javalin.port() + "/ingest";
    }

    @Override
    public void close() {
      javalin.stop();
    }
  }

  private static String section(String database, Result base, Result created, Result storm, long incidents) {
    StringBuilder s = new StringBuilder("### ").append(database).append("\n\n")
        .append("| Run | Requests | Requests/s | × baseline | p50 ms | p99 ms | Target |\n")
        .append("|---|---:|---:|---:|---:|---:|---|\n");
    row(s, base, base, "—");
    row(s, created, base, verdict(created.rps() >= 0.33 * base.rps() && created.p99Micros() <= 50_000, "≥ 0.33×, p99 ≤ 50 ms"));
    row(s, storm, base, verdict(storm.rps() >= 0.5 * base.rps() && incidents == STORM_FINGERPRINTS, "≥ 0.5×, exactly 20 incidents"));
    return s.append("\nIncidents made by the storm: ").append(incidents).append(" (expected ").append(STORM_FINGERPRINTS)
        .append(").\n").toString();
  }

  private static void row(StringBuilder s, Result r, Result base, String target) {
    s.append(String.format(Locale.ROOT, "| %s | %,d | %.0f | %.2f | %.1f | %.1f | %s |%n", r.name(), r.requests(),
        r.rps(), r.rps() / base.rps(), r.p50Micros() / 1000.0, r.p99Micros() / 1000.0, target));
  }

  private static String verdict(boolean met, String target) {
    return target + (met ? " — met" : " — **not met**");
  }

  private static String report(List<String> sections) throws IOException {
    String load = Files.exists(Path.of("/proc/loadavg")) ? Files.readString(Path.of("/proc/loadavg")).trim() : "n/a";
    return "# Benchmarks\n\n## Alert ingestion (issue 7)\n\n"
        + "Produced by `docs/bench/run.sh` (the JUnit class `AlertIngestionBench` in `akmatori-app`, not part of\n"
        + "`mvn verify`), which rewrites this file. One run on one machine: the real application started in-process on\n"
        + "loopback, the real Alertmanager body `alertmanager-firing.json`, " + CLIENTS + " concurrent clients (Java\n"
        + "`HttpClient`, HTTP/1.1 keep-alive), " + WARMUP + " warm-up requests per endpoint first. Investigations are not\n"
        + "configured (runs park, so incidents stay live). Database pool: 10 connections.\n\n"
        + "Measured " + Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + " on "
        + Runtime.getRuntime().availableProcessors() + " CPUs (load average at the end: " + load + "), Java "
        + System.getProperty("java.version") + ". The machine is shared, so absolute numbers are noisy; the\n"
        + "ratios to the baseline of the same run are what the targets are about.\n\n"
        + "What one request costs: the baseline is one autocommitted INSERT. A webhook also looks up its\n"
        + "source (cached for 1 s, ADR 0025), then runs one transaction: one upsert that creates and locks the\n"
        + "rows of the correlation and source fingerprints, one read for the open alert and the live incident\n"
        + "and, for a new fingerprint, the incident row with its first event (two statements on H2, one on\n"
        + "PostgreSQL, ADR 0028), the alert row and, last, its incident's alert count — 6 statements on H2, 5 on\n"
        + "PostgreSQL — then takes the incident-manager prompt (cached for 1 s, ADR 0028) and creates the workspace\n"
        + "directory and `AGENTS.md`.\n"
        + "A duplicate needs the lock upsert, the read and one UPDATE.\n\n"
        + String.join("\n", sections);
  }
}
