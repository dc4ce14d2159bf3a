package dev.akmatori.domain.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class McpToolTest {
  @Test
  void qualifiedName_isPrefixDotRemoteName_andTheRemoteNameMayContainDots() {
    assertThat(new McpTool("github", "repos.list", null, null, true).qualifiedName())
        .isEqualTo("github.repos.list");
  }

  @Test
  void absentDescriptionAndSchema_becomeEmpty() {
    McpTool tool = new McpTool("fs", "read", null, null, false);

    assertThat(tool.description()).isEmpty();
    assertThat(tool.inputSchema()).isEqualTo(Map.of());
  }
}
