package dev.akmatori.application.investigation.script;

import java.util.Locale;
import java.util.Optional;

/** The interpreters {@code run_skill_script} may use, chosen by file extension (contract §5.4). */
public enum ScriptInterpreter {
  PYTHON(".py", "python3"),
  BASH(".sh", "bash"),
  NODE(".js", "node");

  private final String extension;
  private final String command;

  ScriptInterpreter(String extension, String command) {
    this.extension = extension;
    this.command = command;
  }

  /** The executable to start, looked up on the server's {@code PATH}. */
  public String command() {
    return command;
  }

  /** The interpreter for {@code filename} (case-insensitive extension); empty for any other. */
  public static Optional<ScriptInterpreter> forFile(String filename) {
    String lower = filename.toLowerCase(Locale.ROOT);
    for (ScriptInterpreter interpreter : values()) {
      if (lower.endsWith(interpreter.extension)) {
        return Optional.of(interpreter);
      }
    }
    return Optional.empty();
  }
}
