package dev.akmatori.application.investigation.script;

import java.util.Objects;

/**
 * How a script run ended: exit code, captured stdout and stderr (each within the cap, decoded as
 * UTF-8), wall time, and whether it was killed at its time limit.
 */
public record ScriptResult(int exitCode, String stdout, String stderr, long durationMs, boolean timedOut) {
  public ScriptResult {
    Objects.requireNonNull(stdout, "stdout");
    Objects.requireNonNull(stderr, "stderr");
  }
}
