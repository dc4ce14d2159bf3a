package dev.akmatori.adapter.llm.tool.ssh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real OpenSSH {@code sshd} for tests: its own host key, authorized_keys and config in a temp
 * directory, listening on 127.0.0.1 on a free high port, run as the current user with {@code -D
 * -e}. Public-key logins only; TCP forwarding on, so it can serve as a jump host. Fails loudly
 * (never skips) when sshd is missing or does not come up: the tests need a real peer.
 */
final class SshdPeer implements AutoCloseable {
  private static final Path SSHD = Path.of("/usr/sbin/sshd");
  private static final long START_MILLIS = 15_000;

  private final Path dir;
  private final int port;
  private final Process process;

  private SshdPeer(Path dir, int port, Process process) {
    this.dir = dir;
    this.port = port;
    this.process = process;
  }

  /** Starts sshd in {@code dir} accepting the given public keys (authorized_keys lines). */
  static SshdPeer start(Path dir, List<String> authorizedKeys) throws IOException, InterruptedException {
    return start(dir, authorizedKeys, "VERBOSE");
  }

  /** As {@link #start(Path, List)} with an sshd {@code LogLevel} ({@code DEBUG1} logs forwarding). */
  static SshdPeer start(Path dir, List<String> authorizedKeys, String logLevel) throws IOException, InterruptedException {
    if (!Files.isExecutable(SSHD)) {
      throw new AssertionError("OpenSSH sshd not found at " + SSHD
          + ": install it with `apt-get install -y openssh-server` (.ci/run does this)");
    }
    Files.createDirectories(dir);
    if (isRoot()) {
      Files.createDirectories(Path.of("/run/sshd")); // sshd's privilege separation directory
    }
    TestKeys.run(dir, "ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", dir.resolve("host_ed25519").toString());
    Files.write(dir.resolve("authorized_keys"), authorizedKeys, StandardCharsets.UTF_8);
    AssertionError last = null;
    for (int attempt = 0; attempt < 3; attempt++) {
      int port = freePort();
      Path config = writeConfig(dir, port, logLevel);
      Process process = new ProcessBuilder(SSHD.toString(), "-D", "-e", "-f", config.toString())
          .redirectErrorStream(true)
          .redirectOutput(dir.resolve("sshd.log").toFile())
          .start();
      if (awaitListening(process, port)) {
        return new SshdPeer(dir, port, process);
      }
      process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      last = new AssertionError("sshd did not start on port " + port + ":\n" + Files.readString(dir.resolve("sshd.log")));
    }
    throw last;
  }

  int port() {
    return port;
  }

  /** The public host key line ({@code ssh-ed25519 AAAA…}). */
  String hostKeyLine() throws IOException {
    String[] fields = Files.readString(dir.resolve("host_ed25519.pub")).trim().split("\\s+");
    return fields[0] + " " + fields[1];
  }

  /** What sshd logged so far. */
  String log() throws IOException {
    return Files.readString(dir.resolve("sshd.log"));
  }

  static String user() {
    return System.getProperty("user.name");
  }

  private static boolean isRoot() {
    return "root".equals(user());
  }

  private static Path writeConfig(Path dir, int port, String logLevel) throws IOException {
    Path config = dir.resolve("sshd_config");
    Files.write(config, List.of(
        "Port " + port,
        "ListenAddress 127.0.0.1",
        "HostKey " + dir.resolve("host_ed25519"),
        "AuthorizedKeysFile " + dir.resolve("authorized_keys"),
        "PidFile " + dir.resolve("sshd.pid"),
        "UsePAM no",
        "StrictModes no",
        "PubkeyAuthentication yes",
        "PasswordAuthentication no",
        "KbdInteractiveAuthentication no",
        "PermitRootLogin prohibit-password",
        "AllowTcpForwarding yes",
        "PrintMotd no",
        "LogLevel " + logLevel), StandardCharsets.UTF_8);
    return config;
  }

  /** A loopback port nothing listens on (for an unreachable host). */
  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static boolean awaitListening(Process process, int port) throws InterruptedException {
    long deadline = System.currentTimeMillis() + START_MILLIS;
    while (System.currentTimeMillis() < deadline && process.isAlive()) {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
        return true;
      } catch (IOException notYet) {
        Thread.sleep(50);
      }
    }
    return false;
  }

  @Override
  public void close() {
    // sshd forks a child per connection; stop them all.
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UncheckedIOException(new IOException("interrupted while stopping sshd", e));
    }
  }
}
