package dev.akmatori.adapter.llm.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.domain.mcp.McpTool;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A real child through the real client: {@code env-server.js} answers {@code tools/list} with one
 * tool per variable of its own environment. Surefire gives this JVM {@code AKMATORI_LEAK_CANARY}
 * and {@code UNRELATED_PARENT_VARIABLE}, neither of which may reach the child.
 */
class StdioEnvironmentTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final SdkMcpClient client = new SdkMcpClient();
  private final String marker = UUID.randomUUID().toString();

  @AfterEach
  void nothingIsLeftRunning() {
    assertThat(Leftovers.find(marker)).isEmpty();
  }

  private Map<String, String> listed(Map<String, String> extra) {
    Map<String, String> env = new HashMap<>(extra);
    env.put(Leftovers.VARIABLE, marker);
    List<McpTool> tools = client.listTools(
        TestServers.stdio("env", "node", List.of(TestServers.envServerScript()), env), TIMEOUT);
    return tools.stream().collect(Collectors.toMap(McpTool::name, McpTool::description, (a, b) -> a, HashMap::new));
  }

  @Test
  void theChild_seesOnlyPathHomeLangTmpdir_andItsOwnEnvVars_neverAkmatoriVariables() {
    assertThat(System.getenv()).containsKeys("AKMATORI_LEAK_CANARY", "UNRELATED_PARENT_VARIABLE", "PATH");

    Map<String, String> seen = listed(Map.of("GITHUB_TOKEN", "ghp_child_only"));
    seen.remove("__protocol");

    assertThat(seen).containsEntry("GITHUB_TOKEN", "ghp_child_only").containsEntry("PATH", System.getenv("PATH"));
    assertThat(seen.keySet()).isSubsetOf("PATH", "HOME", "LANG", "TMPDIR", "GITHUB_TOKEN", Leftovers.VARIABLE);
    assertThat(seen.keySet()).noneMatch(k -> k.toUpperCase().startsWith("AKMATORI_"));
  }

  @Test
  void initialize_offersAProtocolVersionOf2025_03_26OrNewer_andAcceptsTheServersChoice() {
    String offered = listed(Map.of()).get("__protocol");

    assertThat(offered).isGreaterThanOrEqualTo("2025-03-26");
  }

  @Test
  void everyPageOfTheToolList_isCollected_andNoiseOnStdoutIsIgnored() {
    Map<String, String> onePage = listed(Map.of("FAKE_NOISE", "1"));
    Map<String, String> threePages = listed(Map.of("FAKE_PAGES", "3", "FAKE_NOISE", "1"));

    threePages.remove("FAKE_PAGES");
    onePage.remove("FAKE_PAGES");
    assertThat(threePages.keySet()).isEqualTo(onePage.keySet());
    assertThat(listed(Map.of("FAKE_PAGES", "3"))).containsKey("__protocol");
  }

  @Test
  void readOnly_comesFromTheReadOnlyHint_defaultFalse() {
    Map<String, Boolean> readOnly = client.listTools(
            TestServers.stdio("env", "node", List.of(TestServers.envServerScript()), Map.of(Leftovers.VARIABLE, marker)),
            TIMEOUT)
        .stream().collect(Collectors.toMap(McpTool::name, McpTool::readOnly));

    assertThat(readOnly).containsEntry("__protocol", true).containsEntry("PATH", false);
  }
}
