package dev.akmatori.adapter.llm.tool.ssh;

import static dev.akmatori.adapter.llm.tool.ssh.SshTestbed.host;
import static dev.akmatori.adapter.llm.tool.ssh.SshTestbed.results;
import static dev.akmatori.adapter.llm.tool.ssh.SshTestbed.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.akmatori.application.investigation.tool.ToolCallException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** §6.1 against a real OpenSSH sshd on loopback: commands, read-only rules, targets, keys. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SshToolInvokerTest {
  @TempDir static Path shared;
  static SshdPeer sshd;
  static TestKeys key;
  static TestKeys stranger;
  static TestKeys rsa;
  static TestKeys ecdsa;
  static TestKeys pkcs8;
  static TestKeys shortScalar;

  @TempDir Path dataDir;

  @BeforeAll
  static void startSshd() throws Exception {
    Path keys = shared.resolve("keys");
    key = TestKeys.ed25519(keys, "client");
    stranger = TestKeys.ed25519(keys, "stranger");
    rsa = TestKeys.rsaPem(keys, "rsa");
    ecdsa = TestKeys.ecdsa(keys, "ecdsa");
    pkcs8 = TestKeys.ed25519Pkcs8(keys, "pkcs8");
    shortScalar = TestKeys.resource("ssh/ecdsa-p384-short-scalar");
    sshd = SshdPeer.start(shared.resolve("sshd"), List.of(
        key.publicLine(), rsa.publicLine(), ecdsa.publicLine(), pkcs8.publicLine(), shortScalar.publicLine()));
  }

  @AfterAll
  static void stopSshd() {
    if (sshd != null) {
      sshd.close();
    }
  }

  private SshTestbed testbed() {
    SshTestbed testbed = new SshTestbed(dataDir);
    testbed.addKey("main", key, true);
    return testbed;
  }

  @Test
  void executeCommand_onAConfiguredHost_returnsStdoutStderrAndExitCode() {
    Map<String, Object> reply = testbed().call("execute_command",
        Map.of("command", "echo hello; whoami; ls /no/such/dir"), settings(List.of(host("web-1", sshd.port()))));

    Map<String, Object> result = results(reply).get(0);
    assertThat(result).containsOnlyKeys("server", "success", "exit_code", "stdout", "stderr", "error", "duration_ms");
    assertThat(List.copyOf(result.keySet()))
        .containsExactly("server", "success", "exit_code", "stdout", "stderr", "error", "duration_ms");
    assertThat(result.get("server")).isEqualTo("web-1");
    assertThat(result.get("stdout")).isEqualTo("hello\n" + SshdPeer.user() + "\n");
    assertThat((String) result.get("stderr")).contains("/no/such/dir");
    assertThat(result.get("exit_code")).isEqualTo(2);
    assertThat(result.get("success")).isEqualTo(false);
    assertThat(result.get("error")).isNull();
    assertThat((Long) result.get("duration_ms")).isNotNegative();
    assertThat(reply.get("summary")).isEqualTo(Map.of("total", 1, "succeeded", 0, "failed", 1));

    Map<String, Object> ok = results(testbed().call("execute_command", Map.of("command", "uname -s"),
        settings(List.of(host("web-1", sshd.port()))))).get(0);
    assertThat(ok).containsEntry("success", true).containsEntry("exit_code", 0).containsEntry("stdout", "Linux\n");
  }

  @Test
  void aWriteCommand_onAReadOnlyHost_isRefused_andNeverRuns() throws Exception {
    Path victim = Files.createDirectories(dataDir.resolve("victim"));

    Map<String, Object> result = results(testbed().call("execute_command", Map.of("command", "rm -rf " + victim),
        settings(List.of(host("web-1", sshd.port()))))).get(0);

    assertThat(result).containsEntry("success", false).containsEntry("exit_code", null);
    assertThat((String) result.get("error"))
        .startsWith("command not allowed in read-only mode: 'rm' is blocked. Allowed commands: cat, head");
    assertThat(victim).exists();
  }

  @Test
  void aWriteCommand_runs_whenTheHostAllowsWrites() throws Exception {
    Path victim = Files.createDirectories(dataDir.resolve("victim"));

    Map<String, Object> result = results(testbed().call("execute_command", Map.of("command", "rm -rf " + victim),
        settings(List.of(host("web-1", sshd.port(), "allow_write_commands", true))))).get(0);

    assertThat(result).containsEntry("success", true).containsEntry("exit_code", 0).containsEntry("error", null);
    assertThat(victim).doesNotExist();
  }

  @Test
  void withoutServers_everyConfiguredHostRunsInParallel_andAnUnreachableOneFailsAlone() throws Exception {
    Path meet = Files.createDirectories(dataDir.resolve("meet"));
    // Each host marks its arrival and waits for the other: only parallel runs both finish.
    String command = "touch " + meet + "/$(hostname)-$$ && n=0; while [ $(ls " + meet + " | wc -l) -lt 2 ]"
        + " && [ $n -lt 300 ]; do sleep 0.1; n=$((n+1)); done; ls " + meet + " | wc -l";
    int closed = SshdPeer.freePort();
    Map<String, Object> reply = testbed().call("execute_command", Map.of("command", command), settings(List.of(
        host("web-1", sshd.port(), "allow_write_commands", true),
        host("down-1", closed, "allow_write_commands", true),
        host("web-2", sshd.port(), "allow_write_commands", true),
        host("blank", sshd.port(), "address", ""))));

    List<Map<String, Object>> results = results(reply);
    assertThat(results).extracting(r -> r.get("server")).containsExactly("web-1", "down-1", "web-2");
    assertThat(results.get(0)).containsEntry("success", true).containsEntry("stdout", "2\n");
    assertThat(results.get(2)).containsEntry("success", true).containsEntry("stdout", "2\n");
    assertThat(results.get(1)).containsEntry("success", false).containsEntry("exit_code", null)
        .containsEntry("error", "connection refused by [127.0.0.1]:" + closed);
    assertThat(reply.get("summary")).isEqualTo(Map.of("total", 3, "succeeded", 2, "failed", 1));
  }

  @Test
  void servers_matchHostnameOrAddress_andUnknownOnesAreNotConfigured_unlessAdHocIsAllowed() {
    SshTestbed testbed = testbed();
    Map<String, Object> closedAdHoc = settings(List.of(host("web-1", sshd.port())));
    List<Map<String, Object>> refused = results(testbed.call("execute_command",
        Map.of("command", "hostname", "servers", List.of("web-1", "db-9", "127.0.0.1")), closedAdHoc));
    assertThat(refused).extracting(r -> r.get("server")).containsExactly("web-1", "db-9");
    assertThat(refused.get(0)).containsEntry("success", true);
    assertThat(refused.get(1)).containsEntry("success", false).containsEntry("error", "server not configured: db-9")
        .containsEntry("duration_ms", 0L);

    Map<String, Object> adHoc = settings(List.of(), "allow_adhoc_connections", true,
        "adhoc_default_user", SshdPeer.user(), "adhoc_default_port", sshd.port());
    Map<String, Object> ran = results(testbed.call("execute_command",
        Map.of("command", "echo adhoc", "servers", List.of("127.0.0.1")), adHoc)).get(0);
    assertThat(ran).containsEntry("server", "127.0.0.1").containsEntry("success", true).containsEntry("stdout", "adhoc\n");

    Map<String, Object> write = results(testbed.call("execute_command",
        Map.of("command", "touch " + dataDir.resolve("x"), "servers", List.of("127.0.0.1")), adHoc)).get(0);
    assertThat((String) write.get("error")).startsWith("command not allowed in read-only mode: 'touch' is not an allowed command");

    assertThatThrownBy(() -> testbed.call("execute_command", Map.of("command", "ls"), adHoc))
        .isInstanceOf(ToolCallException.class).hasMessage("instance 'fleet' has no SSH hosts configured");
  }

  @Test
  void testConnectivity_logsIn_andRunsNothing_andSshDebugLogsSessionsWithoutTheKey() {
    Logger logger = (Logger) LoggerFactory.getLogger("dev.akmatori.adapter.llm.tool.ssh");
    ListAppender<ILoggingEvent> logs = new ListAppender<>();
    logs.start();
    logger.addAppender(logs);
    Level level = logger.getLevel();
    logger.setLevel(Level.DEBUG);
    Map<String, Object> reply;
    try {
      reply = testbed().call("test_connectivity", Map.of(),
          settings(List.of(host("web-1", sshd.port())), "ssh_debug", true));
    } finally {
      logger.detachAppender(logs);
      logger.setLevel(level);
    }

    assertThat(results(reply).get(0)).containsEntry("server", "web-1").containsEntry("success", true)
        .containsEntry("exit_code", null).containsEntry("stdout", "").containsEntry("error", null);
    assertThat(reply.get("summary")).isEqualTo(Map.of("total", 1, "succeeded", 1, "failed", 0));
    List<String> lines = logs.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    assertThat(lines).anyMatch(l -> l.startsWith("ssh TEST_CONNECTIVITY on web-1 (" + SshdPeer.user() + "@127.0.0.1:"))
        .anyMatch(l -> l.startsWith("jsch: "));
    String keyBody = key.privateKey().lines().filter(l -> !l.startsWith("-----")).skip(2).findFirst().orElseThrow();
    assertThat(String.join("\n", lines)).doesNotContain(keyBody);
  }

  @Test
  void getServerInfo_reportsHostnameOsKernelAndUptime() {
    Map<String, Object> result = results(testbed().call("get_server_info", Map.of(),
        settings(List.of(host("web-1", sshd.port()))))).get(0);

    assertThat(result).containsEntry("success", true).containsEntry("exit_code", 0);
    assertThat((String) result.get("stdout")).containsPattern("(?m)^hostname: \\S+$").containsPattern("(?m)^os: .+$")
        .containsPattern("(?m)^kernel: Linux \\S+").containsPattern("(?m)^uptime: .+$");
  }

  @Test
  void outputs_areCappedAt64KiB_perStream() {
    Map<String, Object> result = results(testbed().call("execute_command",
        Map.of("command", "head -c 100000 /dev/zero | tr '\\0' a"), settings(List.of(host("web-1", sshd.port()))))).get(0);

    String stdout = (String) result.get("stdout");
    assertThat(stdout).startsWith("a".repeat(65536) + "\n[output truncated: 34464 more bytes not shown]");
    assertThat(result).containsEntry("success", true);
  }

  @Test
  void hostsPickTheirOwnKey_orTheDefault_inEveryAcceptedFormat() {
    SshTestbed testbed = testbed();
    String rsaId = testbed.addKey("rsa", rsa, false);
    String ecdsaId = testbed.addKey("ecdsa", ecdsa, false);
    String pkcs8Id = testbed.addKey("pkcs8", pkcs8, false);
    String shortScalarId = testbed.addKey("short-scalar", shortScalar, false);

    List<Map<String, Object>> results = results(testbed.call("execute_command", Map.of("command", "echo ok"),
        settings(List.of(host("default", sshd.port()), host("rsa", sshd.port(), "key_id", rsaId),
            host("ecdsa", sshd.port(), "key_id", ecdsaId), host("pkcs8", sshd.port(), "key_id", pkcs8Id),
            host("short-scalar", sshd.port(), "key_id", shortScalarId),
            host("gone", sshd.port(), "key_id", "4b1f0c9e-0000-4000-8000-000000000000")))));

    assertThat(results).as(results.toString())
        .extracting(r -> r.get("success")).containsExactly(true, true, true, true, true, false);
    assertThat(results.get(5)).containsEntry("error",
        "SSH private key not configured: key '4b1f0c9e-0000-4000-8000-000000000000' not found");
  }

  @Test
  void aWrongKey_isAnAuthenticationFailure_andNoKeyIsNotConfigured() {
    SshTestbed wrong = new SshTestbed(dataDir);
    wrong.addKey("stranger", stranger, true);
    Map<String, Object> refused = results(wrong.call("test_connectivity", Map.of(),
        settings(List.of(host("web-1", sshd.port()))))).get(0);
    assertThat(refused).containsEntry("success", false).containsEntry("error",
        "authentication failed for user '" + SshdPeer.user() + "' on [127.0.0.1]:" + sshd.port());

    Map<String, Object> keyless = results(new SshTestbed(dataDir).call("test_connectivity", Map.of(),
        settings(List.of(host("web-1", sshd.port()))))).get(0);
    assertThat(keyless).containsEntry("success", false).containsEntry("error", "SSH private key not configured");
  }

  @Test
  void theCallTimeout_isTheCommandTimeoutPlusTheConnectionTimeout_withGrace() {
    SshTestbed testbed = testbed();

    assertThat(testbed.invoker.callTimeout(testbed.allowed(Map.of()), Duration.ofMinutes(5)))
        .isEqualTo(Duration.ofSeconds(120 + 30 + 5));
    assertThat(testbed.invoker.callTimeout(testbed.allowed(
            Map.of("ssh_command_timeout", 10, "ssh_connection_timeout", 5)), Duration.ofMinutes(5)))
        .isEqualTo(Duration.ofSeconds(20));
  }
}
