package dev.akmatori.application.investigation.tool;

import dev.akmatori.application.investigation.CancellationSignal;
import dev.akmatori.application.investigation.DurationText;
import dev.akmatori.application.model.Cancellation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Asks every enabled MCP server for its tools in parallel, each within the budget (10 s). A server
 * that fails or runs out of time is left out with the notice {@code MCP server '<name>'
 * unavailable: <reason>}; the others make the run's catalogue.
 */
final class McpCatalogueLoader {
  private final McpToolSource source;

  McpCatalogueLoader(McpToolSource source) {
    this.source = source;
  }

  McpCatalogue load(Duration budget, Cancellation run, Executor executor, Consumer<String> notices)
      throws InterruptedException {
    List<McpServerRef> servers;
    try {
      servers = source.enabledServers();
    } catch (RuntimeException e) {
      notices.accept("MCP servers unavailable: " + reason(e));
      return McpCatalogue.EMPTY;
    }
    List<CancellationSignal> signals = new ArrayList<>();
    List<CompletableFuture<List<McpTool>>> lists = new ArrayList<>();
    for (McpServerRef server : servers) {
      CancellationSignal signal = CancellationSignal.childOf(run);
      signals.add(signal);
      lists.add(CompletableFuture.supplyAsync(() -> source.listTools(server, signal), executor));
    }
    long deadline = System.nanoTime() + budget.toNanos();
    List<McpCatalogue.Server> answered = new ArrayList<>();
    try {
      for (int i = 0; i < servers.size(); i++) {
        McpServerRef server = servers.get(i);
        try {
          long left = Math.max(0, deadline - System.nanoTime());
          answered.add(new McpCatalogue.Server(server, lists.get(i).get(left, TimeUnit.NANOSECONDS)));
        } catch (TimeoutException e) {
          signals.get(i).cancel();
          notices.accept(unavailable(server, "no tool list within " + DurationText.of(budget)));
        } catch (ExecutionException e) {
          notices.accept(unavailable(server, reason(e.getCause())));
        }
      }
    } finally {
      // Every listing is over (or abandoned when interrupted): this also detaches each from the run.
      signals.forEach(CancellationSignal::cancel);
    }
    return new McpCatalogue(answered);
  }

  private static String unavailable(McpServerRef server, String reason) {
    return "MCP server '" + server.name() + "' unavailable: " + reason;
  }

  private static String reason(Throwable cause) {
    String message = cause == null ? null : cause.getMessage();
    if (message == null || message.isBlank()) {
      return cause == null ? "unknown error" : cause.getClass().getSimpleName();
    }
    return message;
  }
}
