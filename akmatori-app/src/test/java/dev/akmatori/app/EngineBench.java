package dev.akmatori.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.application.investigation.FixedModelSettings;
import dev.akmatori.application.model.Cancellation;
import dev.akmatori.application.model.ChatMessage;
import dev.akmatori.application.model.ChatModel;
import dev.akmatori.application.model.ChatModelFactory;
import dev.akmatori.application.model.ChatRequest;
import dev.akmatori.application.model.ChatResponse;
import dev.akmatori.application.model.TokenUsage;
import dev.akmatori.application.model.ToolCall;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Investigation-engine benchmarks (issue 5), run by {@code mvn -B -Pbench -pl akmatori-app -am
 * verify}: the real application, the real agent loop and events persisted in the database, with a
 * scripted model. Figures go to {@code docs/bench/engine-results.md} (run it with {@code docs/bench/run.sh}); see
 * docs/benchmarks.md. Not part of the normal test run (the class name does not end in Test).
 */
class EngineBench {
  private static final String PASSWORD = "bench-admin-password";
  private static final Pattern UUID_FIELD = Pattern.compile("\"uuid\":\"([0-9a-f-]{36})\"");
  private static final Pattern TOTAL_FIELD = Pattern.compile("\"total\":(\\d+)");
  /** Untimed batches of 200 between the first batch and the measured one (JIT warm-up). */
  private static final int WARM_UP_BATCHES = 4;

  @TempDir Path dataDir;

  @Test
  void engineOverheadPerStep_andConcurrentInvestigations() throws Exception {
    // AKMATORI_LOG_LEVEL is applied by Main, which the in-process application skips: set it here,
    // so that thousands of INFO lines piped through Maven do not take the CPU being measured.
    ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
        .setLevel(ch.qos.logback.classic.Level.WARN);
    StringBuilder report = new StringBuilder("# Engine benchmarks\n\n"
        + "Produced by `docs/bench/run.sh` (the JUnit class `EngineBench` in `akmatori-app`, not part of `mvn verify`),"
        + " which rewrites this file. Baselines in the same run: a zero-latency scripted model (what is left is the"
        + " engine's own cost per step) and one investigation alone (for 200 at once).\n\n");
    report.append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, JDK ")
        .append(System.getProperty("java.version")).append("; load average at the start: ").append(loadAverage())
        .append("\n\nCPU = this JVM's CPU time (all threads, JIT and GC included) over the measured part, per step or in total:"
            + " unlike wall time it hardly depends on what else the machine runs.\n\n");
    report.append("## Overhead per step (zero-latency scripted model, 10 incidents × 50 tool steps, one at a time)\n\n");
    report.append("Each row starts the application, runs 60 such incidents untimed (JIT warm-up), then times 10.\n\n");
    report.append("| database | wall s | steps | ms per step | CPU ms per step |\n|---|---|---|---|---|\n");
    report.append(overheadRow("H2 (embedded file)", h2Env("overhead")));
    String pg = System.getenv("AKMATORI_TEST_POSTGRES_URL");
    if (pg != null && !pg.isBlank()) {
      report.append(withPostgresSchema(pg, env -> overheadRow("PostgreSQL", env)));
    }
    report.append("\n## 200 concurrent investigations (model takes 500 ms per turn, 5 turns each)\n\n");
    report.append("Each row starts the application, times its first batch of 200 (last column, against one investigation"
        + " timed before it), runs " + WARM_UP_BATCHES + " more batches of 200 untimed (JIT warm-up), then times one"
        + " investigation alone (the baseline) and a batch of 200 (the row's figures). The rows share one JVM: the first"
        + " row's first batch is the coldest (only the per-step rows have run before it).\n\n");
    report.append("| database | one investigation s (baseline) | 200 together s | ratio | of which creating them s | CPU s (200) | peak heap MiB | peak threads | first 200 after start s (ratio) |\n");
    report.append("|---|---|---|---|---|---|---|---|---|\n");
    report.append(concurrencyRow("H2 (embedded file)", h2Env("concurrent"), 1));
    if (pg != null && !pg.isBlank()) {
      report.append(withPostgresSchema(pg, env -> concurrencyRow("PostgreSQL", env, 1)));
    }
    report.append("\nThe same, but the 200 incidents are created by 8 concurrent clients (25 each), as an alert storm or"
        + " several users would; the row above, with one client creating them one after the other, is the target's figure.\n\n");
    report.append("| database | one investigation s (baseline) | 200 together s | ratio | of which creating them s | CPU s (200) | peak heap MiB | peak threads | first 200 after start s (ratio) |\n");
    report.append("|---|---|---|---|---|---|---|---|---|\n");
    report.append(concurrencyRow("H2 (embedded file), 8 clients", h2Env("concurrent-8"), 8));
    if (pg != null && !pg.isBlank()) {
      report.append(withPostgresSchema(pg, env -> concurrencyRow("PostgreSQL, 8 clients", env, 8)));
    }
    report.append("\nLoad average at the end: ").append(loadAverage()).append("\n");
    Path out = Path.of("..", "docs", "bench", "engine-results.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report.toString());
    org.slf4j.LoggerFactory.getLogger(EngineBench.class).info("\n{}", report);
    assertThat(report.toString()).contains("ms per step");
  }

  /**
   * Exploration, not a figure of docs/benchmarks.md (ADR 0028): one 200-concurrent row repeated in
   * one JVM, each repetition a fresh application with no untimed batches, to see how the figures move
   * as the JIT warms up. Each timed batch's wall-clock window is printed, to cut a JFR recording to it.
   * {@code docs/bench/run.sh -Dtest='EngineBench#repeatedRow' -Dengine.repeat=6 [-Dengine.db=postgresql]
   * [-Dengine.clients=8] [-DargLine=-XX:StartFlightRecording=filename=/tmp/engine.jfr]}
   */
  @Test
  @EnabledIfSystemProperty(named = "engine.repeat", matches = "\\d+")
  void repeatedRow() throws Exception {
    ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
        .setLevel(ch.qos.logback.classic.Level.WARN);
    int repeat = Integer.getInteger("engine.repeat");
    int clients = Integer.getInteger("engine.clients", 1);
    boolean postgres = "postgresql".equals(System.getProperty("engine.db", "h2"));
    String pg = System.getenv("AKMATORI_TEST_POSTGRES_URL");
    assertThat(!postgres || (pg != null && !pg.isBlank())).as("AKMATORI_TEST_POSTGRES_URL for -Dengine.db=postgresql").isTrue();
    StringBuilder rows = new StringBuilder(
        "| repetition | one investigation s | 200 together s | ratio | creating s | CPU s | peak heap MiB | peak threads | first 200 s (ratio) |\n");
    for (int r = 1; r <= repeat; r++) {
      String label = String.valueOf(r);
      rows.append(postgres
          ? withPostgresSchema(pg, env -> concurrencyRow(label, env, clients, 0))
          : concurrencyRow(label, h2Env("repeat-" + r), clients, 0));
    }
    org.slf4j.LoggerFactory.getLogger(EngineBench.class).warn("\n{}", rows);
    assertThat(rows.toString()).contains("×");
  }

  private Map<String, String> h2Env(String name) throws IOException {
    Map<String, String> env = new HashMap<>();
    Path dir = Files.createDirectories(dataDir.resolve(name));
    env.put("AKMATORI_DATA_DIR", dir.toString());
    env.put("AKMATORI_PORT", "0");
    env.put("AKMATORI_BIND_ADDRESS", "127.0.0.1");
    env.put("AKMATORI_ADMIN_PASSWORD", PASSWORD);
    env.put("AKMATORI_LOG_LEVEL", "WARN");
    return env;
  }

  private String overheadRow(String label, Map<String, String> env) throws Exception {
    env.put("AKMATORI_MAX_CONCURRENT_INVESTIGATIONS", "1");
    int incidents = 10;
    int steps = 50;
    try (Application app = start(env, new ScriptedFactory(steps, 0))) {
      String token = SystemTest.login(app, PASSWORD);
      runBatch(app, token, 60); // warm-up (3,060 steps), so that the JIT has compiled the hot paths
      long cpu = processCpuNanos();
      long start = System.nanoTime();
      runBatch(app, token, incidents);
      double wall = (System.nanoTime() - start) / 1e9;
      double cpuMs = (processCpuNanos() - cpu) / 1e6;
      int totalSteps = incidents * (steps + 1);
      return String.format(Locale.ROOT, "| %s | %.2f | %d | %.2f | %.2f |%n",
          label, wall, totalSteps, wall * 1000 / totalSteps, cpuMs / totalSteps);
    }
  }

  /**
   * One row of the 200-concurrent table. Like any JVM benchmark it measures warmed-up code: the
   * first batch of 200 after the application starts is timed and reported on its own ("first 200"),
   * then {@value #WARM_UP_BATCHES} more batches run untimed, and the row's figures are those of the
   * batch after them, against one investigation alone timed just before it.
   */
  private String concurrencyRow(String label, Map<String, String> env, int clients) throws Exception {
    return concurrencyRow(label, env, clients, WARM_UP_BATCHES);
  }

  private String concurrencyRow(String label, Map<String, String> env, int clients, int warmUps) throws Exception {
    env.put("AKMATORI_MAX_CONCURRENT_INVESTIGATIONS", "200");
    env.put("AKMATORI_DB_POOL_SIZE", env.containsKey("AKMATORI_DB_URL") ? "20" : "10");
    try (Application app = start(env, new ScriptedFactory(4, 500))) {
      String token = SystemTest.login(app, PASSWORD);
      runBatch(app, token, 1); // the first investigation of this instance
      double firstOne = timed(() -> runBatch(app, token, 1));
      double first = timed(() -> runBatch(app, token, 200, clients));
      for (int i = 0; i < warmUps; i++) {
        runBatch(app, token, 200, clients);
      }
      double one = timed(() -> runBatch(app, token, 1));
      Sampler sampler = new Sampler();
      sampler.start();
      long cpu = processCpuNanos();
      long start = System.nanoTime();
      long startMillis = System.currentTimeMillis();
      double creating = runBatch(app, token, 200, clients);
      double all = (System.nanoTime() - start) / 1e9;
      org.slf4j.LoggerFactory.getLogger(EngineBench.class).warn("{}: timed batch {}-{} (epoch ms), creating {} s",
          label, startMillis, System.currentTimeMillis(), creating);
      double cpuS = (processCpuNanos() - cpu) / 1e9;
      sampler.stop();
      return String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f× | %.2f | %.1f | %d | %d | %.2f (%.2f×) |%n",
          label, one, all, all / one, creating, cpuS, sampler.peakHeap.get() / (1024 * 1024), sampler.peakThreads.get(),
          first, first / firstOne);
    }
  }

  private interface Timed {
    double run() throws Exception;
  }

  /** Seconds {@code work} took. */
  private static double timed(Timed work) throws Exception {
    long start = System.nanoTime();
    work.run();
    return (System.nanoTime() - start) / 1e9;
  }

  private static Application start(Map<String, String> env, ChatModelFactory models) {
    InvestigationEngine engine =
        new InvestigationEngine(
            parts -> AgentLoopWiring.create(parts, models), settings -> new FixedModelSettings(true), UnaryOperator.identity());
    return Application.start(AppConfig.fromEnvironment(env), engine);
  }

  /**
   * Creates {@code n} incidents over HTTP and waits until none is pending or running, then checks
   * that none failed or was cancelled. It polls the list's {@code total} every 20 ms (a count, no
   * {@code full_log}), so that the harness takes little of the CPU it measures. Returns how many
   * seconds creating them (one request after the other) took.
   */
  private static double runBatch(Application app, String token, int n) throws Exception {
    return runBatch(app, token, n, 1);
  }

  /** As above, with {@code clients} threads each creating its share one after the other. */
  private static double runBatch(Application app, String token, int n, int clients) throws Exception {
    long start = System.nanoTime();
    if (clients == 1) {
      create(app, token, 0, n);
    } else {
      java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(clients);
      try {
        List<java.util.concurrent.Future<?>> done = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
          int from = n * c / clients;
          int to = n * (c + 1) / clients;
          done.add(pool.submit(() -> {
            create(app, token, from, to);
            return null;
          }));
        }
        for (java.util.concurrent.Future<?> f : done) {
          f.get();
        }
      } finally {
        pool.shutdownNow();
      }
    }
    double creating = (System.nanoTime() - start) / 1e9;
    long deadline = System.nanoTime() + 600_000_000_000L;
    while (total(app, token, "pending,running") > 0) {
      assertThat(System.nanoTime()).isLessThan(deadline);
      Thread.sleep(20);
    }
    assertThat(total(app, token, "failed,cancelled")).as("failed or cancelled incidents").isZero();
    return creating;
  }

  private static void create(Application app, String token, int from, int to) throws Exception {
    for (int i = from; i < to; i++) {
      HttpResponse<String> created = SystemTest.send(app, "POST", "/api/incidents", token, "{\"task\":\"Bench incident " + i + "\"}");
      Matcher m = UUID_FIELD.matcher(created.body());
      assertThat(m.find()).as(created.body()).isTrue();
    }
  }

  private static long total(Application app, String token, String statuses) throws Exception {
    String body = SystemTest.send(app, "GET", "/api/incidents?per_page=1&status=" + statuses, token, null).body();
    Matcher m = TOTAL_FIELD.matcher(body);
    assertThat(m.find()).as(body).isTrue();
    return Long.parseLong(m.group(1));
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).strip();
    } catch (IOException e) {
      return "unknown";
    }
  }

  private interface EnvAction {
    String apply(Map<String, String> env) throws Exception;
  }

  private String withPostgresSchema(String url, EnvAction action) throws Exception {
    String schema = "bench_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    }
    try {
      Map<String, String> env = h2Env("pg-" + schema);
      env.put("AKMATORI_DB_URL", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
      return action.apply(env);
    } finally {
      try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
        s.execute("DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }

  /** A model that asks for {@code toolSteps} distinct runbook searches, then answers; each turn takes {@code latencyMs}. */
  private static final class ScriptedFactory implements ChatModelFactory {
    private final int toolSteps;
    private final long latencyMs;

    ScriptedFactory(int toolSteps, long latencyMs) {
      this.toolSteps = toolSteps;
      this.latencyMs = latencyMs;
    }

    @Override
    public ChatModel create(
        dev.akmatori.application.model.ModelEndpoint endpoint, dev.akmatori.application.model.CallLimits limits) {
      return this::answer;
    }

    private ChatResponse answer(ChatRequest request, Cancellation cancellation) {
      if (latencyMs > 0) {
        try {
          Thread.sleep(latencyMs);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new java.util.concurrent.CancellationException("interrupted");
        }
      }
      long done = request.messages().stream().filter(m -> m.role() == ChatMessage.Role.TOOL).count();
      TokenUsage usage = new TokenUsage(100, 10);
      if (done < toolSteps && !request.functions().isEmpty()) {
        ToolCall call = ToolCall.of("call_" + done, "search_runbooks", Map.of("query", "disk " + done));
        return new ChatResponse("", List.of(call), "", usage, ChatResponse.StopReason.TOOL_CALLS, List.of());
      }
      return new ChatResponse("Done after " + done + " steps.", List.of(), "", usage, ChatResponse.StopReason.END_TURN, List.of());
    }
  }

  /** Samples used heap and live threads every 20 ms. */
  private static final class Sampler implements Runnable {
    final AtomicLong peakHeap = new AtomicLong();
    final AtomicLong peakThreads = new AtomicLong();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private Thread thread;

    void start() {
      thread = new Thread(this, "bench-sampler");
      thread.setDaemon(true);
      thread.start();
    }

    void stop() throws InterruptedException {
      running.set(false);
      thread.join();
    }

    @Override
    public void run() {
      Runtime rt = Runtime.getRuntime();
      while (running.get()) {
        peakHeap.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
        peakThreads.accumulateAndGet(Thread.activeCount(), Math::max);
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          return;
        }
      }
    }
  }
}
