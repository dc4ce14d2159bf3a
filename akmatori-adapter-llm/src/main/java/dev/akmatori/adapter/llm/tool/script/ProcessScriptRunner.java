package dev.akmatori.adapter.llm.tool.script;

import dev.akmatori.application.investigation.script.ScriptRequest;
import dev.akmatori.application.investigation.script.ScriptResult;
import dev.akmatori.application.investigation.script.ScriptRunner;
import dev.akmatori.application.investigation.tool.ToolCallException;
import dev.akmatori.application.model.Cancellation;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;

/**
 * {@link ScriptRunner} over {@link ProcessBuilder} (contract §5.4): {@code <interpreter> <script>
 * <args…>} in the workspace with a <em>cleared</em> environment holding only {@code PATH}, {@code
 * HOME} and {@code INCIDENT_ID}; stdout and stderr drained and capped; the whole process tree killed
 * at the time limit or on cancellation. The interpreter is looked up on the server's {@code PATH}.
 */
public final class ProcessScriptRunner implements ScriptRunner {
  private static final String DEFAULT_PATH = "/usr/local/bin:/usr/bin:/bin";
  /** How long to wait for the output pipes to close once the process has ended. */
  private static final long DRAIN_MILLIS = 2000;

  private final String path;

  /** Children get the server's {@code PATH} (or a standard one when it has none). */
  public ProcessScriptRunner() {
    this(System.getenv("PATH"));
  }

  ProcessScriptRunner(String path) {
    this.path = path == null || path.isBlank() ? DEFAULT_PATH : path;
  }

  @Override
  public ScriptResult run(ScriptRequest request, Cancellation cancellation) {
    long start = System.nanoTime();
    Process process = start(request);
    Cancellation.Registration kill = cancellation.onCancel(() -> ProcessTree.kill(process));
    String name = "script-" + process.pid();
    CappedStream stdout = new CappedStream(process.getInputStream(), request.outputCapBytes(), name + "-out");
    CappedStream stderr = new CappedStream(process.getErrorStream(), request.outputCapBytes(), name + "-err");
    try {
      boolean finished = process.waitFor(request.timeout().toNanos(), TimeUnit.NANOSECONDS);
      if (!finished || cancellation.isCancelled()) {
        ProcessTree.kill(process);
        process.waitFor(DRAIN_MILLIS, TimeUnit.MILLISECONDS);
      }
      if (cancellation.isCancelled()) {
        throw new CancellationException("script cancelled");
      }
      long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
      int exit = process.isAlive() ? -1 : process.exitValue();
      return new ScriptResult(exit, stdout.text(DRAIN_MILLIS), stderr.text(DRAIN_MILLIS), millis, !finished);
    } catch (InterruptedException e) {
      ProcessTree.kill(process);
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted while the script ran");
    } finally {
      kill.close();
    }
  }

  private Process start(ScriptRequest request) {
    List<String> command = new ArrayList<>();
    command.add(request.interpreter().command());
    command.add(request.script().toString());
    command.addAll(request.args());
    ProcessBuilder builder = new ProcessBuilder(command).directory(request.workingDirectory().toFile());
    Map<String, String> env = builder.environment();
    env.clear(); // never the server's secrets, never AKMATORI_*
    env.put("PATH", path);
    env.put("HOME", request.workingDirectory().toString());
    env.put("INCIDENT_ID", request.incidentId());
    try {
      Process process = builder.start();
      process.getOutputStream().close(); // no stdin: a script waiting for input sees EOF
      return process;
    } catch (IOException e) {
      String interpreter = request.interpreter().command();
      throw new ToolCallException("could not start " + interpreter + ": " + e.getMessage(), e);
    }
  }
}
