package dev.akmatori.adapter.llm.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.application.mcp.McpUnavailableException;
import dev.akmatori.domain.mcp.McpTool;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The recorded {@code tools/list} results of the npm servers, mapped to domain tools. */
class McpToolsFixtureTest {
  private static List<McpTool> mapped(String fixture, String prefix) throws IOException {
    List<McpSchema.Tool> tools = McpJsonDefaults.getMapper()
        .readValue(McpFixtures.text(fixture), new TypeRef<List<McpSchema.Tool>>() {});
    return tools.stream().map(t -> McpTools.toTool(prefix, t)).toList();
  }

  @Test
  void everythingServer_readOnlyFollowsReadOnlyHint_andNamesAreQualified() throws IOException {
    List<McpTool> tools = mapped("mcp-everything-tools.json", "every");

    assertThat(tools).hasSize(McpFixtures.names("mcp-everything-tools.json").size());
    assertThat(tools).extracting(McpTool::qualifiedName).contains("every.echo", "every.get-sum");
    tools.forEach(t -> assertThat(t.readOnly()).as(t.name())
        .isEqualTo(McpFixtures.readOnly("mcp-everything-tools.json").get(t.name())));
  }

  @Test
  void aToolWithAnEmptyName_isAProtocolViolation() {
    McpSchema.Tool nameless = new McpSchema.Tool("", null, "d", Map.of("type", "object"), null, null, null, null);

    assertThatThrownBy(() -> McpTools.toTool("x", nameless))
        .isInstanceOf(McpUnavailableException.class).hasMessage("tools/list returned a tool without a name");
  }

  @Test
  void filesystemServer_keepsTheWholeInputSchema() throws IOException {
    McpTool read = mapped("mcp-filesystem-tools.json", "fs").get(0);

    assertThat(read.qualifiedName()).isEqualTo("fs.read_file");
    assertThat(read.readOnly()).isTrue();
    assertThat(read.inputSchema()).containsEntry("type", "object").containsKey("properties")
        .containsEntry("required", List.of("path"));
    Map<?, ?> properties = (Map<?, ?>) read.inputSchema().get("properties");
    assertThat(properties.keySet().stream().map(String::valueOf)).containsExactlyInAnyOrder("path", "tail", "head");
  }
}
