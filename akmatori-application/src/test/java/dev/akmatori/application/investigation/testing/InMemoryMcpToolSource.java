package dev.akmatori.application.investigation.testing;

import dev.akmatori.application.investigation.tool.McpServerRef;
import dev.akmatori.application.investigation.tool.McpTool;
import dev.akmatori.application.investigation.tool.McpToolSource;
import dev.akmatori.application.investigation.tool.ToolCallException;
import dev.akmatori.application.model.Cancellation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;

/**
 * An {@link McpToolSource} with servers set up by the test: answering ones, failing ones and ones
 * that never answer (until their listing is cancelled). Calls are recorded and answered from a
 * map of results by qualified name. Thread-safe.
 */
public final class InMemoryMcpToolSource implements McpToolSource {
  /** One recorded call. */
  public record Call(String server, String tool, Map<String, Object> arguments) {}

  private record Server(McpServerRef ref, List<McpTool> tools, String failure, boolean hangs) {}

  private final Map<Long, Server> servers = new LinkedHashMap<>();
  private final Map<String, Object> results = new LinkedHashMap<>();
  private final List<Call> calls = new ArrayList<>();
  private volatile String storeFailure;

  /** Makes {@link #enabledServers()} fail, as a broken server store would. */
  public InMemoryMcpToolSource storeFailing(String reason) {
    storeFailure = reason;
    return this;
  }

  public synchronized InMemoryMcpToolSource server(long id, String name, String prefix, McpTool... tools) {
    servers.put(id, new Server(new McpServerRef(id, name, prefix), List.of(tools), null, false));
    return this;
  }

  public synchronized InMemoryMcpToolSource failing(long id, String name, String prefix, String reason) {
    servers.put(id, new Server(new McpServerRef(id, name, prefix), List.of(), reason, false));
    return this;
  }

  public synchronized InMemoryMcpToolSource hanging(long id, String name, String prefix) {
    servers.put(id, new Server(new McpServerRef(id, name, prefix), List.of(), null, true));
    return this;
  }

  /** What a call of {@code qualifiedName} returns; a {@link ToolCallException} is thrown instead. */
  public synchronized InMemoryMcpToolSource result(String qualifiedName, Object result) {
    results.put(qualifiedName, result);
    return this;
  }

  public static McpTool tool(String name, String description) {
    return new McpTool(name, description, Map.of("type", "object"), true);
  }

  @Override
  public synchronized List<McpServerRef> enabledServers() {
    if (storeFailure != null) {
      throw new IllegalStateException(storeFailure);
    }
    return servers.values().stream().map(Server::ref).toList();
  }

  @Override
  public List<McpTool> listTools(McpServerRef ref, Cancellation cancellation) {
    Server server;
    synchronized (this) {
      server = servers.get(ref.id());
    }
    if (server.hangs()) {
      CountDownLatch cancelled = new CountDownLatch(1);
      cancellation.onCancel(cancelled::countDown);
      try {
        cancelled.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      throw new CancellationException();
    }
    if (server.failure() != null) {
      throw new ToolCallException(server.failure());
    }
    return server.tools();
  }

  @Override
  public synchronized Object callTool(McpServerRef server, String toolName, Map<String, Object> arguments,
      Duration timeout, Cancellation cancellation) {
    calls.add(new Call(server.name(), toolName, arguments));
    Object result = results.getOrDefault(server.namespacePrefix() + "." + toolName, "ok");
    if (result instanceof ToolCallException) {
      throw (ToolCallException) result;
    }
    return result;
  }

  public synchronized List<Call> calls() {
    return List.copyOf(calls);
  }
}
