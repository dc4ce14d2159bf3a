package dev.akmatori.app;

import static dev.akmatori.app.SystemTest.login;
import static dev.akmatori.app.SystemTest.send;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * MCP servers end to end: the real application over HTTP, with the real SDK client starting
 * {@code npx -y @modelcontextprotocol/server-filesystem} (contract §3.9), and the recorded fixture.
 */
class McpServersSystemTest {
  private static final String FILESYSTEM = "@modelcontextprotocol/server-filesystem";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dataDir;
  @TempDir Path allowed;

  private final String marker = UUID.randomUUID().toString();

  /** The first {@code npx -y} downloads the package; do it once, bounded, outside the 30 s budget. */
  @BeforeAll
  static void downloadTheServer() throws Exception {
    Process npx = new ProcessBuilder("npx", "-y", FILESYSTEM, System.getProperty("java.io.tmpdir"))
        .redirectInput(new File("/dev/null"))
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    assertThat(npx.waitFor(5, TimeUnit.MINUTES)).as("npx -y " + FILESYSTEM + " finished").isTrue();
  }

  @AfterEach
  void noServerProcessIsLeft() {
    String entry = "MCP_TEST_MARKER=" + marker;
    assertThat(ProcessHandle.allProcesses().filter(p -> environ(p.pid()).contains(entry)).map(ProcessHandle::pid))
        .isEmpty();
  }

  private Map<String, String> env() {
    return SystemTest.env(dataDir, "a-long-admin-password");
  }

  private String server(String name, String command, List<String> args) throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", name);
    body.put("transport", "stdio");
    body.put("command", command);
    body.put("args", args);
    body.put("env_vars", Map.of("MCP_TEST_MARKER", marker));
    body.put("namespace_prefix", name);
    body.put("enabled", false);
    return JSON.writeValueAsString(body);
  }

  @Test
  void aStdioServer_isStored_andItsToolsAreListedLive_evenWhileDisabled() throws Exception {
    try (Application app = Application.start(AppConfig.fromEnvironment(env()))) {
      String token = login(app, "a-long-admin-password");
      HttpResponse<String> created = send(app, "POST", "/api/mcp-servers", token,
          server("fs", "npx", List.of("-y", FILESYSTEM, allowed.toString())));
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
      assertThat(created.body()).doesNotContain(marker).contains("\"MCP_TEST_MARKER\":\"****");

      HttpResponse<String> tools =
          send(app, "GET", created.headers().firstValue("Location").orElseThrow() + "/tools", token, null);

      assertThat(tools.statusCode()).as(tools.body()).isEqualTo(200);
      Map<String, Boolean> listed = new LinkedHashMap<>();
      for (JsonNode tool : JSON.readTree(tools.body())) {
        assertThat(tool.get("qualified_name").asText()).isEqualTo("fs." + tool.get("name").asText());
        listed.put(tool.get("name").asText(), tool.get("read_only").asBoolean());
      }
      assertThat(listed).containsExactlyEntriesOf(fixture("mcp-filesystem-tools.json"));
    }
  }

  @Test
  void aServerThatCannotStart_isABadGateway_namingServerAndReason() throws Exception {
    try (Application app = Application.start(AppConfig.fromEnvironment(env()))) {
      String token = login(app, "a-long-admin-password");
      HttpResponse<String> created =
          send(app, "POST", "/api/mcp-servers", token, server("broken", "/nonexistent/mcp-server", List.of()));

      HttpResponse<String> tools =
          send(app, "GET", created.headers().firstValue("Location").orElseThrow() + "/tools", token, null);

      assertThat(tools.statusCode()).isEqualTo(502);
      JsonNode error = JSON.readTree(tools.body());
      assertThat(error.get("code").asText()).isEqualTo("bad_gateway");
      assertThat(error.get("error").asText())
          .startsWith("Failed to connect to MCP server 'broken': cannot start '/nonexistent/mcp-server': ");
    }
  }

  @Test
  void aServerThatStaysUnreachable_isStillABadGateway_afterThreeAttempts() throws Exception {
    try (Application app = Application.start(AppConfig.fromEnvironment(env()))) {
      String token = login(app, "a-long-admin-password");
      HttpResponse<String> exits = send(app, "POST", "/api/mcp-servers", token,
          server("exits", "sh", List.of("-c", "echo not ready >&2; exit 1")));
      HttpResponse<String> refuses = send(app, "POST", "/api/mcp-servers", token, JSON.writeValueAsString(Map.of(
          "name", "refuses", "transport", "streamable_http", "namespace_prefix", "refuses",
          "url", "http://127.0.0.1:" + freePort() + "/mcp")));

      HttpResponse<String> exitsTools =
          send(app, "GET", exits.headers().firstValue("Location").orElseThrow() + "/tools", token, null);
      HttpResponse<String> refusesTools =
          send(app, "GET", refuses.headers().firstValue("Location").orElseThrow() + "/tools", token, null);

      assertThat(exitsTools.statusCode()).isEqualTo(502);
      assertThat(JSON.readTree(exitsTools.body()).get("code").asText()).isEqualTo("bad_gateway");
      // The last stderr line follows the exit code when its reader drained it in time.
      assertThat(JSON.readTree(exitsTools.body()).get("error").asText())
          .startsWith("Failed to connect to MCP server 'exits': process exited with code 1")
          .endsWith(" (after 3 attempts)");
      assertThat(refusesTools.statusCode()).isEqualTo(502);
      assertThat(JSON.readTree(refusesTools.body()).get("error").asText())
          .isEqualTo("Failed to connect to MCP server 'refuses': connection refused (after 3 attempts)");
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** Tool name → readOnlyHint (false when absent) of a recorded {@code tools/list}. */
  private static Map<String, Boolean> fixture(String name) throws IOException {
    Map<String, Boolean> tools = new LinkedHashMap<>();
    for (JsonNode tool : JSON.readTree(Path.of("..", "..", "shared", "fixtures", "mcp", name).toFile())) {
      tools.put(tool.get("name").asText(), tool.path("annotations").path("readOnlyHint").asBoolean(false));
    }
    return tools;
  }

  private static String environ(long pid) {
    try {
      return new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "environ")), StandardCharsets.UTF_8);
    } catch (IOException | SecurityException gone) {
      return "";
    }
  }
}
