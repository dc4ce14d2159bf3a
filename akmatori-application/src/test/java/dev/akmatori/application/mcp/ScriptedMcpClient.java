package dev.akmatori.application.mcp;

import dev.akmatori.domain.mcp.McpServer;
import dev.akmatori.domain.mcp.McpTool;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A fake {@link McpClient}: answers a fixed tool list or fails, and records what it was given. */
public final class ScriptedMcpClient implements McpClient {
  private final List<McpServer> seen = new ArrayList<>();
  private final List<Duration> timeouts = new ArrayList<>();
  private volatile List<String> toolNames = List.of();
  private volatile String failure;

  /** Lists tools with these names (read-only when the name starts with {@code get}). */
  public ScriptedMcpClient answering(String... names) {
    this.toolNames = List.of(names);
    this.failure = null;
    return this;
  }

  /** Fails every call with this reason. */
  public ScriptedMcpClient failing(String reason) {
    this.failure = reason;
    return this;
  }

  @Override
  public synchronized List<McpTool> listTools(McpServer server, Duration timeout) {
    seen.add(server);
    timeouts.add(timeout);
    if (failure != null) {
      throw new McpUnavailableException(failure);
    }
    String prefix = server.spec().namespacePrefix();
    return toolNames.stream()
        .map(n -> new McpTool(prefix, n, "Tool " + n, Map.of("type", "object"), n.startsWith("get")))
        .toList();
  }

  /** The servers passed in, in call order. */
  public synchronized List<McpServer> seen() {
    return List.copyOf(seen);
  }

  public synchronized List<Duration> timeouts() {
    return List.copyOf(timeouts);
  }
}
