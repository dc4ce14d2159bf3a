package dev.akmatori.adapter.llm.mcp;

import dev.akmatori.domain.mcp.McpAuth;
import dev.akmatori.domain.mcp.McpServer;
import dev.akmatori.domain.mcp.McpServerId;
import dev.akmatori.domain.mcp.McpServerSpec;
import dev.akmatori.domain.mcp.McpTransport;
import dev.akmatori.domain.shared.Secret;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/** MCP server records and real npm servers for the adapter's tests. */
final class TestServers {
  static final String EVERYTHING = "@modelcontextprotocol/server-everything";
  static final String FILESYSTEM = "@modelcontextprotocol/server-filesystem";
  /** The first {@code npx -y} of a package downloads it; later starts take seconds. */
  static final Duration FIRST_DOWNLOAD = Duration.ofMinutes(5);

  private static final Set<String> WARM = new HashSet<>();

  private TestServers() {}

  static McpServer stdio(String prefix, String command, List<String> args, Map<String, String> env) {
    Map<String, Secret> secrets = new LinkedHashMap<>();
    env.forEach((k, v) -> secrets.put(k, Secret.of(v)));
    return server(new McpServerSpec(prefix + "-server", McpTransport.STDIO, "", command, args, secrets, prefix, null, true));
  }

  static McpServer http(String prefix, McpTransport transport, String url, McpAuth auth) {
    return server(new McpServerSpec(prefix + "-server", transport, url, "", List.of(), Map.of(), prefix, auth, false));
  }

  private static McpServer server(McpServerSpec spec) {
    Instant t = Instant.parse("2026-05-06T09:30:12Z");
    return new McpServer(new McpServerId(1), spec, t, t);
  }

  /** Downloads {@code pkg} into the npx cache once per JVM: it starts with stdin at EOF and exits. */
  static synchronized void warmUp(String pkg) {
    if (WARM.contains(pkg)) {
      return;
    }
    ProcessBuilder npx = new ProcessBuilder("npx", "-y", pkg)
        .redirectInput(new File("/dev/null"))
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD);
    npx.environment().put(Leftovers.VARIABLE, "warm-up");
    try {
      Process p = npx.start();
      if (!p.waitFor(FIRST_DOWNLOAD.toSeconds(), TimeUnit.SECONDS)) {
        ProcessTree.terminate(p, Duration.ofSeconds(1));
        throw new IllegalStateException("npx -y " + pkg + " did not finish within " + FIRST_DOWNLOAD);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("npx is needed for the real MCP server tests", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    WARM.add(pkg);
  }

  /** Starts {@code npx -y server-everything <mode>} on {@code port}, returning once it listens. */
  static Process everythingOverHttp(String mode, int port, String marker) throws IOException {
    ProcessBuilder npx = new ProcessBuilder("npx", "-y", EVERYTHING, mode)
        .redirectInput(ProcessBuilder.Redirect.PIPE)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD);
    npx.environment().put("PORT", Integer.toString(port));
    npx.environment().put(Leftovers.VARIABLE, marker);
    Process p = npx.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!listening(port)) {
      if (!p.isAlive() || System.nanoTime() > deadline) {
        ProcessTree.terminate(p, Duration.ofSeconds(1));
        throw new IllegalStateException("server-everything " + mode + " did not listen on " + port);
      }
      sleep(100);
    }
    return p;
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The test resource {@code mcp/env-server.js} as a file path. */
  static String envServerScript() {
    return script("env-server.js");
  }

  /** The test resource {@code mcp/flaky-server.js} (fails to start, dies on calls, counts both). */
  static String flakyServerScript() {
    return script("flaky-server.js");
  }

  private static String script(String name) {
    try {
      return Path.of(TestServers.class.getResource("/mcp/" + name).toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean listening(int port) {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", port), 200);
      return true;
    } catch (IOException notYet) {
      return false;
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
