package dev.akmatori.adapter.llm.tool.ssh;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One entry of {@code results} (§6.1). {@code success}: the target was reached and, for commands,
 * the command exited with 0. {@code exitCode} is null when no command ran to its end.
 */
record HostResult(
    String server, boolean success, Integer exitCode, String stdout, String stderr, String error, long durationMs) {

  static HostResult failed(String server, String error, long durationMs) {
    return new HostResult(server, false, null, "", "", error, durationMs);
  }

  /** The JSON-like form, keys in contract order. */
  Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("server", server);
    map.put("success", success);
    map.put("exit_code", exitCode);
    map.put("stdout", stdout);
    map.put("stderr", stderr);
    map.put("error", error);
    map.put("duration_ms", durationMs);
    return map;
  }
}
