package dev.akmatori.application.investigation.script;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One script run: the file, its interpreter and arguments, the workspace it runs in (its working
 * directory and {@code HOME}), the incident id for {@code INCIDENT_ID}, the time limit and the cap
 * on each of stdout and stderr in bytes.
 */
public record ScriptRequest(
    Path script,
    ScriptInterpreter interpreter,
    List<String> args,
    Path workingDirectory,
    String incidentId,
    Duration timeout,
    int outputCapBytes) {

  public ScriptRequest {
    Objects.requireNonNull(script, "script");
    Objects.requireNonNull(interpreter, "interpreter");
    args = List.copyOf(args);
    Objects.requireNonNull(workingDirectory, "workingDirectory");
    Objects.requireNonNull(incidentId, "incidentId");
    Objects.requireNonNull(timeout, "timeout");
    if (outputCapBytes < 1) {
      throw new IllegalArgumentException("outputCapBytes must be positive");
    }
  }
}
