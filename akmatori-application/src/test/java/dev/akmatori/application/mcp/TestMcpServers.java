package dev.akmatori.application.mcp;

import dev.akmatori.domain.mcp.McpAuth;
import dev.akmatori.domain.mcp.McpAuthType;
import dev.akmatori.domain.mcp.McpServerInput;
import dev.akmatori.domain.mcp.McpServerSpec;
import dev.akmatori.domain.mcp.McpTransport;
import dev.akmatori.domain.shared.Secret;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small factories of MCP server settings for tests of every layer. */
public final class TestMcpServers {
  private TestMcpServers() {}

  /** A stdio server running {@code npx -y pkg} with two env vars (secrets). */
  public static McpServerSpec stdio(String name, String prefix) {
    Map<String, Secret> env = new LinkedHashMap<>();
    env.put("GITHUB_TOKEN", Secret.of("ghp_0123456789abcdef"));
    env.put("REGION", Secret.of("eu-west-1"));
    return new McpServerSpec(
        name, McpTransport.STDIO, "", "npx", List.of("-y", "@scope/pkg", "--flag=ü 🚀"), env, prefix, null, true);
  }

  /** A streamable-HTTP server with header auth (a secret token). */
  public static McpServerSpec http(String name, String prefix) {
    McpAuth auth = new McpAuth(McpAuthType.HEADER, Secret.of("tok-secret-9876"), "X-Api-Key");
    return new McpServerSpec(
        name, McpTransport.STREAMABLE_HTTP, "https://mcp.example.com/mcp", "", List.of(), Map.of(), prefix, auth, false);
  }

  /** The creation input of a stdio server with one env var. */
  public static McpServerInput stdioInput(String name, String prefix) {
    return new McpServerInput(
        name, "stdio", null, "npx", List.of("-y", "pkg"), Map.of("API_KEY", "key-abcdef-1234"), prefix, null, false, null, null);
  }

  /** The creation input of a bearer-token streamable-HTTP server. */
  public static McpServerInput httpInput(String name, String prefix, String url) {
    return new McpServerInput(
        name, "streamable_http", url, null, null, null, prefix,
        new McpServerInput.AuthInput("bearer_token", "bearer-secret-5678", null), false, null, null);
  }

  /** An update changing nothing but {@code enabled}. */
  public static McpServerInput enabling(boolean enabled) {
    return new McpServerInput(null, null, null, null, null, null, null, null, false, enabled, null);
  }
}
