package dev.akmatori.adapter.llm.mcp;

import dev.akmatori.application.investigation.tool.McpTool;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tool lists of MCP servers, each kept for the time to live (5 minutes, contract §3.9) and only
 * for the connection settings it was listed with: a changed server is listed again. Thread-safe.
 */
final class ToolListCache {
  private record Entry(ConnectionSettings settings, List<McpTool> tools, Instant listedAt) {}

  private final Map<Long, Entry> entries = new ConcurrentHashMap<>();
  private final Clock clock;
  private final Duration timeToLive;

  ToolListCache(Clock clock, Duration timeToLive) {
    this.clock = clock;
    this.timeToLive = timeToLive;
  }

  /** The tools of {@code serverId} listed less than the time to live ago with these settings. */
  Optional<List<McpTool>> fresh(long serverId, ConnectionSettings settings) {
    Entry entry = entries.get(serverId);
    if (entry == null || !entry.settings().equals(settings)) {
      return Optional.empty();
    }
    boolean young = Duration.between(entry.listedAt(), clock.instant()).compareTo(timeToLive) < 0;
    return young ? Optional.of(entry.tools()) : Optional.empty();
  }

  void put(long serverId, ConnectionSettings settings, List<McpTool> tools) {
    entries.put(serverId, new Entry(settings, List.copyOf(tools), clock.instant()));
  }
}
