package dev.akmatori.app;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One real server process started from this test JVM's classpath, killed or stopped by the test. */
final class AppProcess implements AutoCloseable {
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  /** The start-up line, plain or inside a JSON log line (where the slashes may be escaped). */
  private static final Pattern LISTENING = Pattern.compile("listening on http:\\S*?127\\.0\\.0\\.1:(\\d+)");
  private static final Duration START = Duration.ofSeconds(60);

  private final Process process;
  private final int port;
  private final Path log;

  private AppProcess(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /**
   * Starts {@code mainClass} with {@code env} on a free port and waits until it answers health checks.
   * The server binds port 0 and the port is read from its start-up line: a port picked here and
   * handed over would be free for the seconds a JVM takes to start, and another process on a busy
   * machine could take it first. The start-up line is logged at INFO, so {@code mainClass} must log
   * at INFO or finer.
   */
  static AppProcess start(String mainClass, Map<String, String> env, Path log) throws Exception {
    long logStart = Files.exists(log) ? Files.size(log) : 0; // a restart appends to the same log
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    ProcessBuilder builder =
        new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", classpath, mainClass);
    builder.environment().putAll(env);
    builder.environment().put("AKMATORI_PORT", "0");
    builder.environment().put("AKMATORI_BIND_ADDRESS", "127.0.0.1");
    builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    long end = System.nanoTime() + START.toNanos();
    Process process = builder.start();
    AppProcess app = new AppProcess(process, awaitPort(process, log, logStart, end), log);
    app.awaitHealthy(end);
    return app;
  }

  /** The port of the start-up line written to {@code log} after {@code from}. */
  private static int awaitPort(Process process, Path log, long from, long end) throws Exception {
    while (System.nanoTime() < end) {
      Matcher m = LISTENING.matcher(textAfter(log, from));
      if (m.find()) {
        return Integer.parseInt(m.group(1));
      }
      if (!process.isAlive()) {
        throw new AssertionError("the server exited with " + process.exitValue() + "; log:\n" + textAfter(log, from));
      }
      Thread.sleep(100);
    }
    process.destroyForcibly();
    throw new AssertionError("the server did not log its port in " + START + "; log:\n" + textAfter(log, from));
  }

  private static String textAfter(Path log, long from) throws IOException {
    byte[] all = Files.readAllBytes(log);
    return new String(all, (int) Math.min(from, all.length), (int) Math.max(0, all.length - from), java.nio.charset.StandardCharsets.UTF_8);
  }

  int port() {
    return port;
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  /** SIGKILL: no shutdown hook, no lease released. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  /** SIGTERM: the graceful shutdown. Returns the exit code. */
  int terminate() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      throw new AssertionError("the server did not stop within 30 s after SIGTERM; log:\n" + logText());
    }
    return process.exitValue();
  }

  String logText() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void awaitHealthy(long end) throws InterruptedException {
    while (System.nanoTime() < end) {
      if (!process.isAlive()) {
        throw new AssertionError("the server exited with " + process.exitValue() + "; log:\n" + logText());
      }
      try {
        HttpResponse<Void> r = CLIENT.send(HttpRequest.newBuilder(uri("/api/health")).build(), HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(100);
    }
    process.destroyForcibly();
    throw new AssertionError("the server did not become healthy in " + START + "; log:\n" + logText());
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }

  static String pathSeparator() {
    return File.pathSeparator;
  }
}
