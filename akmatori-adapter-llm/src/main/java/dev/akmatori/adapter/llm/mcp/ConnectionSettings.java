package dev.akmatori.adapter.llm.mcp;

import dev.akmatori.domain.mcp.McpAuth;
import dev.akmatori.domain.mcp.McpServerSpec;
import dev.akmatori.domain.mcp.McpTransport;
import dev.akmatori.domain.shared.Secret;
import java.util.List;
import java.util.Map;

/**
 * What a connection to an MCP server is made from: name (it labels logs and the child's threads),
 * transport, url, command, args, env values and auth, secrets included. Two servers' settings are
 * equal when a connection made for one is right for the other; a stored server whose settings
 * changed gets a new connection. {@code enabled} and the namespace prefix do not count. Never
 * printed: {@link Secret} masks itself, and {@link #toString()} says nothing.
 */
record ConnectionSettings(
    String name, McpTransport transport, String url, String command, List<String> args,
    Map<String, Secret> env, McpAuth auth) {

  static ConnectionSettings of(McpServerSpec spec) {
    return new ConnectionSettings(
        spec.name(), spec.transport(), spec.url(), spec.command(), spec.args(), spec.envVars(), spec.auth());
  }

  @Override
  public String toString() {
    return "ConnectionSettings[" + name + "]";
  }
}
