package dev.akmatori.adapter.llm.mcp;

import dev.akmatori.domain.mcp.McpServerSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The whole environment of a stdio MCP server (contract §3.9): only {@code PATH}, {@code HOME},
 * {@code LANG} and {@code TMPDIR}, each copied from this process when set, plus the server's
 * {@code env_vars}; never an {@code AKMATORI_*} variable, whatever the source.
 */
final class ChildEnvironment {
  /** The variables a child may inherit from the server. */
  static final List<String> INHERITED = List.of("PATH", "HOME", "LANG", "TMPDIR");

  private ChildEnvironment() {}

  /** The environment for a child of a process whose own environment is {@code parent}. */
  static Map<String, String> of(Map<String, String> parent, Map<String, String> envVars) {
    Map<String, String> env = new LinkedHashMap<>();
    for (String name : INHERITED) {
      String value = parent.get(name);
      if (value != null) {
        env.put(name, value);
      }
    }
    env.putAll(envVars);
    env.keySet().removeIf(ChildEnvironment::reserved);
    return env;
  }

  private static boolean reserved(String name) {
    return name.toUpperCase(Locale.ROOT).startsWith(McpServerSpec.RESERVED_ENV_PREFIX);
  }
}
