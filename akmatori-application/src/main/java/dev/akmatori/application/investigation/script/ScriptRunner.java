package dev.akmatori.application.investigation.script;

import dev.akmatori.application.model.Cancellation;

/**
 * Runs a skill script as a child process (contract §5.4): {@code <interpreter> <script> <args…>}
 * in the workspace, with an environment of only {@code PATH}, {@code HOME} (= the workspace) and
 * {@code INCIDENT_ID} — never a server secret or an {@code AKMATORI_*} variable. Implemented in
 * akmatori-adapter-llm. Thread-safe.
 */
public interface ScriptRunner {
  /**
   * Runs the script to its end or its time limit; on the limit the whole process tree is killed and
   * the result has {@code timedOut} set with what was captured so far.
   *
   * @throws java.util.concurrent.CancellationException when {@code cancellation} fired; the
   *     process tree is killed first
   * @throws dev.akmatori.application.investigation.tool.ToolCallException when the interpreter
   *     cannot be started (message shown to the model)
   */
  ScriptResult run(ScriptRequest request, Cancellation cancellation);
}
