package dev.akmatori.adapter.llm.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.domain.mcp.McpAuth;
import dev.akmatori.domain.mcp.McpAuthType;
import dev.akmatori.domain.mcp.McpServerSpec;
import dev.akmatori.domain.mcp.McpTransport;
import dev.akmatori.domain.shared.Secret;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RedactorTest {
  @Test
  void secretValuesInServerOutput_areReplacedByTheirMasks() {
    McpServerSpec spec = new McpServerSpec(
        "s", McpTransport.SSE, "http://h/sse", "", List.of(),
        Map.of("API_KEY", Secret.of("sk-abc123xyz"), "ON", Secret.of("1")), "s",
        new McpAuth(McpAuthType.BEARER_TOKEN, Secret.of("tok-0000-9999"), ""), true);

    String out = Redactor.of(spec).apply("Invalid key sk-abc123xyz (token tok-0000-9999), ON=1");

    assertThat(out).isEqualTo("Invalid key ****3xyz (token ****9999), ON=1");
  }
}
