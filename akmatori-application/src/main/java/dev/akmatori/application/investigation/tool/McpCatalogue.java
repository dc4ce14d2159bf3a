package dev.akmatori.application.investigation.tool;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** The MCP servers that answered when a run started, with their tools: the run's MCP catalogue. */
public record McpCatalogue(List<Server> servers) {
  /** No MCP server. */
  public static final McpCatalogue EMPTY = new McpCatalogue(List.of());

  /** One server and the tools it listed. */
  public record Server(McpServerRef ref, List<McpTool> tools) {
    public Server {
      Objects.requireNonNull(ref, "ref");
      tools = List.copyOf(tools);
    }

    Optional<McpTool> tool(String name) {
      return tools.stream().filter(t -> t.name().equals(name)).findFirst();
    }
  }

  public McpCatalogue {
    servers = List.copyOf(servers);
  }

  /** The server of {@code prefix}, compared ignoring case (prefixes are unique regardless of case). */
  public Optional<Server> server(String prefix) {
    String wanted = prefix.toLowerCase(Locale.ROOT);
    return servers.stream()
        .filter(s -> s.ref().namespacePrefix().toLowerCase(Locale.ROOT).equals(wanted))
        .findFirst();
  }
}
