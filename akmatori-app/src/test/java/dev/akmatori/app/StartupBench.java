package dev.akmatori.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cold start and idle memory (issue 9), not a test: its name keeps it out of {@code mvn verify}; run
 * it with {@code docs/bench/run.sh}. Each sample is a fresh JVM (same java, same flags, same class
 * path) timed from process start to the first 200 of {@code /api/health}, then left idle for a few
 * seconds and its resident set size read from {@code /proc/<pid>/status}. The baseline in the same
 * run is {@link BareServer}: a bare Javalin server with one health route, the floor any Javalin
 * service on this JVM pays. The server is measured on an empty data directory (schema migrations,
 * seeding, key generation) and restarted on the data it made. Writes {@code docs/bench/startup-results.md}.
 */
class StartupBench {
  private static final int SAMPLES = 5;
  private static final Duration IDLE = Duration.ofSeconds(5);
  private static final Path REPORT = Path.of("..", "docs", "bench", "startup-results.md");
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
  private static final List<String> JVM_FLAGS = List.of("-Xmx512m");

  @TempDir Path dir;

  /** The baseline process: Javalin answering {@code /api/health} and nothing else. */
  static final class BareServer {
    private BareServer() {}

    public static void main(String[] args) {
      int port = Integer.parseInt(System.getenv("AKMATORI_PORT"));
      Javalin.create(config -> {
        config.startup.showJavalinBanner = false;
        config.routes.get("/api/health", ctx -> ctx.json(Map.of("status", "ok")));
      }).start("127.0.0.1", port);
    }
  }

  private record Sample(double startMs, long rssKib) {}

  @Test
  void measure() throws Exception {
    List<Sample> bare = new ArrayList<>();
    List<Sample> fresh = new ArrayList<>();
    List<Sample> restart = new ArrayList<>();
    for (int i = 0; i < SAMPLES; i++) { // interleaved, so drifting machine load hits all three alike
      bare.add(sample(BareServer.class.getName(), Map.of()));
      Path data = dir.resolve("data-" + i);
      Map<String, String> env = Map.of(
          "AKMATORI_DATA_DIR", data.toString(),
          "AKMATORI_ADMIN_PASSWORD", "bench-admin-password",
          "AKMATORI_ENCRYPTION_KEY", Base64.getEncoder().encodeToString(new byte[32]),
          "AKMATORI_LOG_LEVEL", "WARN");
      fresh.add(sample(Main.class.getName(), env));
      restart.add(sample(Main.class.getName(), env));
    }
    Files.createDirectories(REPORT.getParent());
    Files.writeString(REPORT, report(bare, fresh, restart), StandardCharsets.UTF_8);
  }

  private Sample sample(String mainClass, Map<String, String> extraEnv) throws Exception {
    int port = freePort();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>(List.of(java));
    command.addAll(JVM_FLAGS);
    command.addAll(List.of("-cp", classpath, mainClass));
    ProcessBuilder builder = new ProcessBuilder(command);
    Map<String, String> env = new HashMap<>(extraEnv);
    env.put("AKMATORI_PORT", String.valueOf(port));
    env.put("AKMATORI_BIND_ADDRESS", "127.0.0.1");
    builder.environment().putAll(env);
    Path log = dir.resolve("process.log");
    builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    long start = System.nanoTime();
    Process process = builder.start();
    try {
      awaitHealthy(process, port, log);
      double startMs = (System.nanoTime() - start) / 1e6;
      Thread.sleep(IDLE.toMillis());
      return new Sample(startMs, rssKib(process.pid()));
    } finally {
      process.destroy(); // SIGTERM: the server closes its database cleanly for the restart sample
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }

  private static void awaitHealthy(Process process, int port, Path log) throws Exception {
    URI health = URI.create("http://127.0.0.1:" + port + "/api/health");
    long end = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (System.nanoTime() < end) {
      assertThat(process.isAlive()).as("the process exited; log:%n%s", Files.readString(log)).isTrue();
      try {
        if (CLIENT.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(5);
    }
    throw new AssertionError("not healthy after 120 s; log:\n" + Files.readString(log));
  }

  private static long rssKib(long pid) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    throw new IllegalStateException("no VmRSS for " + pid);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static double median(List<Sample> samples, boolean start) {
    double[] values = samples.stream().mapToDouble(s -> start ? s.startMs() : s.rssKib() / 1024.0).toArray();
    Arrays.sort(values);
    return values[values.length / 2];
  }

  private static String report(List<Sample> bare, List<Sample> fresh, List<Sample> restart) throws IOException {
    String load = Files.exists(Path.of("/proc/loadavg")) ? Files.readString(Path.of("/proc/loadavg")).trim() : "n/a";
    double bareStart = median(bare, true);
    double bareRss = median(bare, false);
    StringBuilder s = new StringBuilder("# Cold start and idle memory\n\n")
        .append("Produced by `docs/bench/run.sh` (the JUnit class `StartupBench` in `akmatori-app`, not part of `mvn verify`),\n")
        .append("which rewrites this file. Each sample is a fresh JVM (`java ").append(String.join(" ", JVM_FLAGS))
        .append(" -cp <test class path> <main>`), timed from\n")
        .append("process start to the first 200 of `/api/health`; its resident set size (`VmRSS`) is read after ")
        .append(IDLE.toSeconds()).append(" s idle.\n")
        .append("The baseline is a bare Javalin server answering `/api/health` only, started the same way in the same run.\n")
        .append("The server runs on the embedded H2 default; \"empty data directory\" includes creating the schema (all\n")
        .append("migrations), seeding the catalogues and generating keys; \"restart\" opens what the first start made.\n")
        .append(SAMPLES).append(" samples each, interleaved; medians.\n\n")
        .append("Measured ").append(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)).append(" on ")
        .append(Runtime.getRuntime().availableProcessors()).append(" CPUs (load average at the end: ").append(load)
        .append("), Java ").append(System.getProperty("java.version")).append(".\n\n")
        .append("| Process | start ms (median) | × baseline | idle RSS MiB (median) | × baseline |\n")
        .append("|---|---:|---:|---:|---:|\n");
    row(s, "Baseline: bare Javalin, one route", bare, bareStart, bareRss);
    row(s, "Akmatori, empty data directory", fresh, bareStart, bareRss);
    row(s, "Akmatori, restart on its data", restart, bareStart, bareRss);
    return s.toString();
  }

  private static void row(StringBuilder s, String name, List<Sample> samples, double bareStart, double bareRss) {
    double start = median(samples, true);
    double rss = median(samples, false);
    s.append(String.format(Locale.ROOT, "| %s | %.0f | %.2f× | %.0f | %.2f× |%n", name, start, start / bareStart, rss,
        rss / bareRss));
  }
}
