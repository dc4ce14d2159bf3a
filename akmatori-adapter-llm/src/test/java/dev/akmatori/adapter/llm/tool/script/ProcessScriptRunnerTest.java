package dev.akmatori.adapter.llm.tool.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.application.investigation.CancellationSignal;
import dev.akmatori.application.investigation.script.ScriptInterpreter;
import dev.akmatori.application.investigation.script.ScriptRequest;
import dev.akmatori.application.investigation.script.ScriptResult;
import dev.akmatori.application.model.Cancellation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessScriptRunnerTest {
  private static final String INCIDENT = "3a1f6c2e-5b7d-4e8f-9a0b-1c2d3e4f5a6b";

  @TempDir Path workspace;
  @TempDir Path scripts;

  private final ProcessScriptRunner runner = new ProcessScriptRunner();

  @Test
  void aBashScript_getsItsArgs_runsInTheWorkspace_andReportsExitCodeAndBothStreams() throws IOException {
    Path script = script("report.sh",
        "echo \"args=$1|$2\"\necho \"pwd=$(pwd)\"\necho \"home=$HOME\"\necho \"incident=$INCIDENT_ID\"\n"
            + "echo oops >&2\nexit 3\n");

    ScriptResult result = run(script, ScriptInterpreter.BASH, List.of("a b", "c"), Duration.ofSeconds(20), 65_536);

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.stdout()).isEqualTo("args=a b|c\npwd=" + workspace.toRealPath() + "\nhome=" + workspace
        + "\nincident=" + INCIDENT + "\n");
    assertThat(result.stderr()).isEqualTo("oops\n");
    assertThat(result.timedOut()).isFalse();
    assertThat(result.durationMs()).isNotNegative();
  }

  @Test
  void aPythonScript_runsWithPython3() throws IOException {
    Path script = script("sum.py", "import sys\nprint(sum(int(a) for a in sys.argv[1:]))\n");

    ScriptResult result = run(script, ScriptInterpreter.PYTHON, List.of("2", "40"), Duration.ofSeconds(20), 65_536);

    assertThat(result.exitCode()).isZero();
    assertThat(result.stdout()).isEqualTo("42\n");
  }

  @Test
  void theEnvironment_holdsOnlyPathHomeAndIncidentId() throws IOException {
    Path script = script("env.js", "console.log(JSON.stringify(Object.keys(process.env).sort()))\n");

    ScriptResult result = run(script, ScriptInterpreter.NODE, List.of(), Duration.ofSeconds(20), 65_536);

    assertThat(result.stdout().strip()).isEqualTo("[\"HOME\",\"INCIDENT_ID\",\"PATH\"]");
  }

  @Test
  void noAkmatoriVariable_evenWhenTheServerHasSome_reachesTheScript() throws IOException {
    Path script = script("env.sh", "env\n");

    ScriptResult result = run(script, ScriptInterpreter.BASH, List.of(), Duration.ofSeconds(20), 65_536);

    assertThat(result.stdout().lines()).noneMatch(line -> line.startsWith("AKMATORI_"))
        .anyMatch(line -> line.equals("INCIDENT_ID=" + INCIDENT));
  }

  @Test
  void stdoutAndStderr_areEachCappedAtTheLimit() throws IOException {
    Path script = script("noisy.py",
        "import sys\nsys.stdout.write('o' * 200000)\nsys.stderr.write('e' * 200000)\n");

    ScriptResult result = run(script, ScriptInterpreter.PYTHON, List.of(), Duration.ofSeconds(20), 1024);

    assertThat(result.exitCode()).isZero();
    assertThat(result.stdout()).isEqualTo("o".repeat(1024));
    assertThat(result.stderr()).isEqualTo("e".repeat(1024));
  }

  @Test
  void atTheTimeLimit_theWholeProcessTreeIsKilled() throws Exception {
    Path pidFile = workspace.resolve("child.pid");
    Path script = script("hang.sh", "echo started\nsleep 120 &\necho $! > " + pidFile + "\nwait\n");

    // 3 s: even a loaded CI machine (2 cores, load 20) has bash echo and write the pid by then.
    ScriptResult result = run(script, ScriptInterpreter.BASH, List.of(), Duration.ofSeconds(3), 65_536);

    assertThat(result.timedOut()).isTrue();
    assertThat(result.stdout()).isEqualTo("started\n");
    assertThat(result.durationMs()).as("killed at the limit, not after the 120 s child").isLessThan(30_000);
    assertDead(Long.parseLong(Files.readString(pidFile).strip()));
  }

  @Test
  void cancelling_killsTheProcessTree_andThrows() throws Exception {
    Path pidFile = workspace.resolve("child.pid");
    Path script = script("wait.sh", "sleep 30 &\necho $! > " + pidFile + ".tmp\nmv " + pidFile + ".tmp " + pidFile
        + "\nwait\n");
    CancellationSignal cancellation = new CancellationSignal();
    CompletableFuture<Void> canceller = CompletableFuture.runAsync(() -> {
      awaitFile(pidFile);
      cancellation.cancel();
    });

    assertThatThrownBy(() -> runner.run(request(script, ScriptInterpreter.BASH, List.of(), Duration.ofSeconds(20), 65_536),
        cancellation)).isInstanceOf(CancellationException.class);
    canceller.get(10, TimeUnit.SECONDS);
    assertDead(Long.parseLong(Files.readString(pidFile).strip()));
  }

  private ScriptResult run(Path script, ScriptInterpreter interpreter, List<String> args, Duration timeout, int cap) {
    return runner.run(request(script, interpreter, args, timeout, cap), Cancellation.NONE);
  }

  private ScriptRequest request(Path script, ScriptInterpreter interpreter, List<String> args, Duration timeout, int cap) {
    return new ScriptRequest(script, interpreter, args, workspace, INCIDENT, timeout, cap);
  }

  private Path script(String name, String content) throws IOException {
    return Files.writeString(scripts.resolve(name), content, StandardCharsets.UTF_8);
  }

  private static void assertDead(long pid) throws Exception {
    ProcessHandle handle = ProcessHandle.of(pid).orElse(null);
    if (handle != null) {
      handle.onExit().get(5, TimeUnit.SECONDS);
    }
    assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).isNotEqualTo(java.util.Optional.of(true));
  }

  private static void awaitFile(Path file) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!Files.exists(file) && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
  }
}
