package dev.akmatori.examples.embedding;

import dev.akmatori.application.investigation.tool.McpServerRef;
import dev.akmatori.application.investigation.tool.McpTool;
import dev.akmatori.application.investigation.tool.McpToolSource;
import dev.akmatori.application.investigation.tool.ToolCallException;
import dev.akmatori.application.model.Cancellation;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A metrics tool offered the way an MCP server's tools are: one server with prefix {@code metrics}
 * and one read-only tool, {@code metrics.cpu_usage {host}}, answering from a map. Records its calls.
 */
public final class InMemoryMetrics implements McpToolSource {
  private static final McpServerRef SERVER = new McpServerRef(1, "metrics", "metrics");
  private static final McpTool CPU_USAGE = new McpTool("cpu_usage", "CPU usage of a host over the last 5 minutes",
      Map.of("type", "object", "required", List.of("host"),
          "properties", Map.of("host", Map.of("type", "string"))),
      true);

  private final Map<String, String> cpuByHost;
  private final List<Map<String, Object>> calls = new CopyOnWriteArrayList<>();

  public InMemoryMetrics(Map<String, String> cpuByHost) {
    this.cpuByHost = Map.copyOf(cpuByHost);
  }

  @Override
  public List<McpServerRef> enabledServers() {
    return List.of(SERVER);
  }

  @Override
  public List<McpTool> listTools(McpServerRef server, Cancellation cancellation) {
    return List.of(CPU_USAGE);
  }

  @Override
  public Object callTool(McpServerRef server, String toolName, Map<String, Object> arguments, Duration timeout,
      Cancellation cancellation) {
    calls.add(Map.of("tool", toolName, "arguments", arguments));
    if (!toolName.equals(CPU_USAGE.name())) {
      throw new ToolCallException("unknown tool: " + toolName);
    }
    String cpu = cpuByHost.get(String.valueOf(arguments.get("host")));
    if (cpu == null) {
      throw new ToolCallException("no metrics for host " + arguments.get("host"));
    }
    return cpu;
  }

  /** The calls that reached the tool: {@code {tool, arguments}}. */
  public List<Map<String, Object>> calls() {
    return List.copyOf(calls);
  }
}
