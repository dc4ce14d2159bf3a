package dev.akmatori.adapter.llm.tool.ssh;

import static dev.akmatori.adapter.llm.tool.ssh.SshTestbed.host;
import static dev.akmatori.adapter.llm.tool.ssh.SshTestbed.results;
import static dev.akmatori.adapter.llm.tool.ssh.SshTestbed.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.application.investigation.CancellationSignal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command timeout and cancellation against a real sshd: the result reports the timeout, and
 * the command's process group is killed in both cases — also a command that never writes, and
 * also for root logins, whose signal requests sshd refuses (the group is then killed from a second
 * channel; {@link RunningCommand}). The peer runs on this machine, so its processes are visible to
 * the test; when the tests run as root (CI) they exercise the root path.
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

  /** A {@code sleep} whose command line no other process has, to look for on the peer. */
  private static String uniqueSleep() {
    return "sleep 300." + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
  }

  private static Map<String, Object> run(String command, boolean allowWrite, int timeoutSeconds) {
    SshTestbed testbed = new SshTestbed(shared.resolve("data-" + System.nanoTime()));
    testbed.addKey("main", key, true);
    return results(testbed.call("execute_command", Map.of("command", command),
        settings(List.of(host("web-1", sshd.port(), "allow_write_commands", allowWrite)),
            "ssh_command_timeout", timeoutSeconds))).get(0);
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

  @Test
  void aCommandThatNeverWrites_isKilledAtTheTimeout_andLeavesNoProcessOnThePeer() throws Exception {
    String sleep = uniqueSleep();

    Map<String, Object> result = run("echo started; echo on-stderr >&2; " + sleep, true, 3);

    assertThat(result).containsEntry("success", false).containsEntry("exit_code", null)
        .containsEntry("error", "command timed out after 3 s")
        .containsEntry("stdout", "started\n")
        .containsEntry("stderr", "on-stderr\n");
    assertThat(await(sleep, false)).as("no '" + sleep + "' left on the peer").isTrue();
  }

  @Test
  void aChildLeftInTheBackground_keepsTheChannelOpen_andIsKilledWithTheCommandsGroup() throws Exception {
    String sleep = uniqueSleep();

    Map<String, Object> result = run(sleep + " & echo left-behind", true, 3);

    assertThat(result).containsEntry("error", "command timed out after 3 s").containsEntry("stdout", "left-behind\n");
    assertThat(await(sleep, false)).as("no '" + sleep + "' left on the peer").isTrue();
  }

  @Test
  void cancellingACommandThatNeverWrites_leavesNoProcessOnThePeer() throws Exception {
    String sleep = uniqueSleep();
    CancellationSignal signal = new CancellationSignal();
    SshTestbed testbed = testbed();
    CompletableFuture<Map<String, Object>> call = CompletableFuture.supplyAsync(() -> testbed.call("execute_command",
        Map.of("command", sleep), settings(List.of(host("web-1", sshd.port(), "allow_write_commands", true))), signal));

    assertThat(await(sleep, true)).as("the remote command started").isTrue();
    signal.cancel();

    assertThatThrownBy(() -> call.get(20, TimeUnit.SECONDS)).hasCauseInstanceOf(CancellationException.class);
    assertThat(await(sleep, false)).as("no '" + sleep + "' left on the peer").isTrue();
  }

  @Test
  void aCommandThatEnds_keepsItsOwnStreamsAndExitCode_onAReadOnlyHostToo() {
    Map<String, Object> written = run("echo out; echo err >&2; exit 3", true, 30);
    Map<String, Object> readOnly = run("uptime", false, 30);

    assertThat(written).containsEntry("exit_code", 3).containsEntry("stdout", "out\n").containsEntry("stderr", "err\n")
        .containsEntry("error", null);
    assertThat(readOnly).containsEntry("success", true).containsEntry("stderr", "");
    assertThat((String) readOnly.get("stdout")).contains("load average");
  }
}
