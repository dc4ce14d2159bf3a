package dev.akmatori.adapter.llm.tool.ssh;

import static dev.akmatori.adapter.llm.tool.ssh.SshTestbed.host;
import static dev.akmatori.adapter.llm.tool.ssh.SshTestbed.results;
import static dev.akmatori.adapter.llm.tool.ssh.SshTestbed.settings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.application.investigation.CancellationSignal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command timeout and cancellation against a real sshd: the result reports the timeout, and
 * the session is closed in both cases, which ends a remote command at its next write (sshd
 * refuses signal requests for root logins, so that is what ends it here). The peer runs on this
 * machine, so its processes are visible to the test.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SshTimeoutAndCancelTest {
  @TempDir static Path shared;
  static SshdPeer sshd;
  static TestKeys key;

  @TempDir Path dataDir;

  @BeforeAll
  static void startSshd() throws Exception {
    key = TestKeys.ed25519(shared.resolve("keys"), "client");
    sshd = SshdPeer.start(shared.resolve("sshd"), List.of(key.publicLine()));
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

  private static boolean running(String commandLine) {
    return ProcessHandle.allProcesses()
        .anyMatch(p -> p.info().commandLine().map(c -> c.contains(commandLine)).orElse(false));
  }

  /** Waits (bounded) for a process to appear or vanish; true when it did. */
  private static boolean await(String commandLine, boolean present) throws InterruptedException {
    for (int i = 0; i < 200; i++) {
      if (running(commandLine) == present) {
        return true;
      }
      Thread.sleep(50);
    }
    return false;
  }

  @Test
  void aCommandPastTheCommandTimeout_isKilled_andReportedWithItsOutputSoFar() throws Exception {
    String ticker = "echo tick-41; sleep 0.2";
    Map<String, Object> result = results(testbed().call("execute_command",
        Map.of("command", "echo started; while true; do " + ticker + "; done"),
        settings(List.of(host("web-1", sshd.port(), "allow_write_commands", true)), "ssh_command_timeout", 5))).get(0);

    assertThat(result).containsEntry("success", false).containsEntry("exit_code", null)
        .containsEntry("error", "command timed out after 5 s");
    assertThat((String) result.get("stdout")).startsWith("started\ntick-41\n");
    assertThat(await(ticker, false)).as("the remote command ended").isTrue();
  }

  @Test
  void cancellation_closesTheSessions_killsTheCommand_andThrows() throws Exception {
    String ticker = "echo tick-42; sleep 0.2";
    CancellationSignal signal = new CancellationSignal();
    SshTestbed testbed = testbed();
    CompletableFuture<Map<String, Object>> call = CompletableFuture.supplyAsync(() -> testbed.call("execute_command",
        Map.of("command", "while true; do " + ticker + "; done"), settings(List.of(host("web-1", sshd.port(), "allow_write_commands", true))), signal));

    assertThat(await(ticker, true)).as("the remote command started").isTrue();
    signal.cancel();

    try {
      call.get(20, TimeUnit.SECONDS);
      throw new AssertionError("a cancelled call must throw");
    } catch (ExecutionException e) {
      assertThat(e.getCause()).isInstanceOf(CancellationException.class);
    }
    assertThat(await(ticker, false)).as("the remote command ended").isTrue();
  }
}
