package dev.akmatori.adapter.llm.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.domain.mcp.McpTool;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real npm servers started over stdio with {@code npx -y}, compared with the recorded fixtures. */
class NpmServersOverStdioTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final SdkMcpClient client = new SdkMcpClient();
  private final String marker = UUID.randomUUID().toString();

  @BeforeAll
  static void downloadTheServersOnce() {
    TestServers.warmUp(TestServers.EVERYTHING);
    TestServers.warmUp(TestServers.FILESYSTEM);
  }

  @AfterEach
  void theWholeProcessTreeIsGone() {
    assertThat(Leftovers.find(marker)).isEmpty();
    assertThat(Leftovers.descendantsMentioning("server-everything", "server-filesystem")).isEmpty();
  }

  /**
   * Tools server-everything registers only for clients that declare the roots, elicitation or
   * sampling capability. The fixture was recorded by such a client; Akmatori declares none of them
   * (it cannot answer sampling or elicitation requests), so these are rightly not offered to it.
   */
  static final Set<String> CAPABILITY_GATED =
      Set.of("get-roots-list", "trigger-elicitation-request", "trigger-sampling-request");

  /** Every recorded tool is listed, qualified, with the recorded {@code readOnlyHint}. */
  static void assertMatchesFixture(List<McpTool> tools, String prefix, String fixture) {
    Map<String, Boolean> readOnly = new LinkedHashMap<>();
    tools.forEach(t -> readOnly.put(t.name(), t.readOnly()));
    Map<String, Boolean> expected = new LinkedHashMap<>(McpFixtures.readOnly(fixture));
    expected.keySet().removeAll(CAPABILITY_GATED);
    assertThat(readOnly).containsAllEntriesOf(expected).doesNotContainKeys(CAPABILITY_GATED.toArray(String[]::new));
    assertThat(tools).allSatisfy(t -> assertThat(t.qualifiedName()).isEqualTo(prefix + "." + t.name()));
    assertThat(tools).allSatisfy(t -> assertThat(t.inputSchema()).containsEntry("type", "object"));
  }

  @Test
  void everythingServer_listsTheRecordedTools_qualifiedWithTheirReadOnlyHints() {
    List<McpTool> tools = client.listTools(
        TestServers.stdio("every", "npx", List.of("-y", TestServers.EVERYTHING), Map.of(Leftovers.VARIABLE, marker)),
        TIMEOUT);

    assertMatchesFixture(tools, "every", "mcp-everything-tools.json");
    assertThat(tools).extracting(McpTool::qualifiedName).contains("every.echo", "every.get-sum");
  }

  @Test
  void filesystemServer_listsTheRecordedTools_forItsAllowedDirectory(@TempDir Path allowed) {
    List<McpTool> tools = client.listTools(
        TestServers.stdio("fs", "npx", List.of("-y", TestServers.FILESYSTEM, allowed.toString()),
            Map.of(Leftovers.VARIABLE, marker)),
        TIMEOUT);

    assertMatchesFixture(tools, "fs", "mcp-filesystem-tools.json");
    assertThat(tools).extracting(McpTool::name).containsExactlyElementsOf(McpFixtures.names("mcp-filesystem-tools.json"));
  }

  @Test
  void twoConnectionsInParallel_eachCleanUpTheirOwnTree(@TempDir Path allowed) throws Exception {
    CompletableFuture<List<McpTool>> other = CompletableFuture.supplyAsync(() -> client.listTools(
        TestServers.stdio("a", "npx", List.of("-y", TestServers.FILESYSTEM, allowed.toString()),
            Map.of(Leftovers.VARIABLE, marker)),
        TIMEOUT));
    List<McpTool> mine = client.listTools(
        TestServers.stdio("b", "npx", List.of("-y", TestServers.EVERYTHING), Map.of(Leftovers.VARIABLE, marker)),
        TIMEOUT);

    assertThat(mine).extracting(McpTool::qualifiedName).contains("b.echo");
    assertThat(other.get()).extracting(McpTool::qualifiedName).contains("a.read_text_file");
  }
}
