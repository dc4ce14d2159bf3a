package dev.akmatori.adapter.http.mcp;

import dev.akmatori.domain.mcp.McpAuth;
import dev.akmatori.domain.mcp.McpServer;
import dev.akmatori.domain.mcp.McpServerSpec;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The McpServer shape of contract §3.9, every secret masked (§1.7). */
record McpServerResponse(
    long id,
    String name,
    String transport,
    String url,
    String command,
    List<String> args,
    Map<String, String> envVars,
    String namespacePrefix,
    AuthConfig authConfig,
    boolean enabled,
    Instant createdAt,
    Instant updatedAt) {

  /** {@code auth_config} with its token masked. */
  record AuthConfig(String type, String token, String headerName) {
    static AuthConfig from(McpAuth auth) {
      return auth == null ? null : new AuthConfig(auth.type().wireName(), auth.token().masked(), auth.headerName());
    }
  }

  static McpServerResponse from(McpServer server) {
    McpServerSpec s = server.spec();
    Map<String, String> env = new LinkedHashMap<>();
    s.envVars().forEach((key, value) -> env.put(key, value.masked()));
    return new McpServerResponse(
        server.id().value(),
        s.name(),
        s.transport().wireName(),
        s.url(),
        s.command(),
        s.args(),
        env,
        s.namespacePrefix(),
        AuthConfig.from(s.auth()),
        s.enabled(),
        server.createdAt(),
        server.updatedAt());
  }
}
