package dev.akmatori.adapter.llm.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChildEnvironmentTest {
  private static final Map<String, String> HOST = Map.of(
      "PATH", "/usr/bin:/bin", "HOME", "/home/akm", "LANG", "C.UTF-8", "TMPDIR", "/tmp/x",
      "USER", "akm", "SHELL", "/bin/sh", "AKMATORI_ENCRYPTION_KEY", "k", "AKMATORI_DB_URL", "jdbc:x");

  @Test
  void theChildGetsOnlyPathHomeLangTmpdir_plusItsEnvVars() {
    Map<String, String> env = ChildEnvironment.of(HOST, Map.of("GITHUB_TOKEN", "ghp_1"));

    assertThat(env).containsExactlyInAnyOrderEntriesOf(Map.of(
        "PATH", "/usr/bin:/bin", "HOME", "/home/akm", "LANG", "C.UTF-8", "TMPDIR", "/tmp/x", "GITHUB_TOKEN", "ghp_1"));
  }

  @Test
  void unsetHostVariables_areNotInvented() {
    Map<String, String> env = ChildEnvironment.of(Map.of("PATH", "/bin", "AKMATORI_X", "1"), Map.of());

    assertThat(env).containsExactly(Map.entry("PATH", "/bin"));
  }

  @Test
  void envVars_mayOverrideTheInheritedOnes_butNeverAddAkmatoriVariables() {
    Map<String, String> envVars = new LinkedHashMap<>();
    envVars.put("PATH", "/opt/node/bin");
    envVars.put("akmatori_sneaky", "x");
    envVars.put("AKMATORI_JWT_SECRET", "y");

    Map<String, String> env = ChildEnvironment.of(HOST, envVars);

    assertThat(env).containsEntry("PATH", "/opt/node/bin");
    assertThat(env.keySet()).noneMatch(k -> k.toUpperCase().startsWith("AKMATORI_"));
  }
}
