package dev.akmatori.adapter.llm.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.application.investigation.tool.McpServerRef;
import dev.akmatori.application.investigation.tool.McpTool;
import dev.akmatori.application.investigation.tool.ToolCallException;
import dev.akmatori.application.model.Cancellation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pooled source against the real {@code server-filesystem} over stdio, on a temporary directory. */
class PooledSourceFilesystemTest {
  private static final Duration CALL = Duration.ofSeconds(60);

  private final String marker = UUID.randomUUID().toString();
  private final McpRegistry registry = new McpRegistry();
  private final PooledMcpToolSource source = new PooledMcpToolSource(registry.configs);

  @TempDir
  Path allowed;

  @BeforeAll
  static void downloadTheServerOnce() {
    TestServers.warmUp(TestServers.FILESYSTEM);
  }

  @AfterEach
  void closingTheSource_leavesNoProcessBehind() {
    source.close();
    assertThat(Leftovers.find(marker)).isEmpty();
  }

  private McpServerRef start() {
    registry.add(McpRegistry.stdio("fs", "npx", List.of("-y", TestServers.FILESYSTEM, allowed.toString()),
        Map.of(Leftovers.VARIABLE, marker)));
    McpServerRef ref = source.enabledServers().get(0);
    assertThat(source.listTools(ref, Cancellation.NONE)).extracting(McpTool::name)
        .contains("list_directory", "read_text_file");
    return ref;
  }

  private Object call(McpServerRef ref, String tool, Map<String, Object> arguments) {
    return source.callTool(ref, tool, arguments, CALL, Cancellation.NONE);
  }

  @Test
  void listDirectory_andReadTextFile_answerAboutTheTemporaryDirectory() throws IOException {
    Files.writeString(allowed.resolve("incident-notes.txt"), "disk full on web-7\nrotated logs at 10:02\n");
    Files.createDirectory(allowed.resolve("runbooks"));
    McpServerRef ref = start();

    Object listing = call(ref, "list_directory", Map.of("path", allowed.toString()));
    Object text = call(ref, "read_text_file", Map.of("path", allowed.resolve("incident-notes.txt").toString()));

    assertThat(listing).isInstanceOf(String.class);
    assertThat((String) listing).contains("[FILE] incident-notes.txt").contains("[DIR] runbooks");
    assertThat(text).isEqualTo("disk full on web-7\nrotated logs at 10:02\n");
  }

  @Test
  void aPathOutsideTheAllowedDirectory_isAToolError() {
    McpServerRef ref = start();

    assertThatThrownBy(() -> call(ref, "read_text_file", Map.of("path", "/etc/hostname")))
        .isInstanceOf(ToolCallException.class)
        .hasMessageContaining("outside allowed directories");
  }
}
