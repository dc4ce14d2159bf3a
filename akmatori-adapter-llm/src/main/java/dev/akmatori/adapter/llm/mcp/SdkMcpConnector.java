package dev.akmatori.adapter.llm.mcp;

import dev.akmatori.application.model.Cancellation;
import dev.akmatori.domain.mcp.McpServerSpec;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.spec.McpClientTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Opens {@link SdkMcpConnection}s: our stdio transport (minimal environment, process-tree kill) or
 * the SDK's HTTP transports, then {@code initialize}. The SDK's own request timeout is only a
 * backstop; every request has its caller's deadline. Thread-safe; {@link #shutdown} stops the
 * worker threads.
 */
final class SdkMcpConnector implements McpConnector {
  private static final McpSchema.Implementation CLIENT =
      McpSchema.Implementation.builder("akmatori", "1.0").title("Akmatori").build();
  private static final Duration MAX_CONNECT = Duration.ofSeconds(10);
  /** Longer than any caller waits; a request given up earlier is settled when its connection closes. */
  private static final Duration REQUEST_BACKSTOP = Duration.ofHours(1);

  private final McpJsonMapper mapper = McpJsonDefaults.getMapper();
  private final Map<String, String> hostEnvironment;
  private final ExecutorService workers = Executors.newCachedThreadPool(Threads.factory("mcp-client"));

  /** Stdio children inherit the allowed part of {@code hostEnvironment} (contract §3.9). */
  SdkMcpConnector(Map<String, String> hostEnvironment) {
    this.hostEnvironment = Map.copyOf(hostEnvironment);
  }

  @Override
  public SdkMcpConnection connect(McpServerSpec spec, Deadline deadline, Cancellation cancellation) {
    Redactor redactor = Redactor.of(spec);
    McpClientTransport transport = transport(spec, deadline.remaining(), redactor);
    McpSyncClient client = McpClient.sync(transport)
        .requestTimeout(REQUEST_BACKSTOP)
        .initializationTimeout(deadline.remaining())
        .clientInfo(CLIENT)
        .build();
    SdkMcpConnection connection = new SdkMcpConnection(client, transport, redactor, workers);
    connection.initialize(deadline, cancellation);
    return connection;
  }

  private McpClientTransport transport(McpServerSpec spec, Duration timeout, Redactor redactor) {
    if (spec.transport().isHttp()) {
      Duration connect = timeout.compareTo(MAX_CONNECT) < 0 ? timeout : MAX_CONNECT;
      return HttpTransports.create(spec, mapper, connect);
    }
    List<String> command = new ArrayList<>();
    command.add(spec.command());
    command.addAll(spec.args());
    Map<String, String> env = new LinkedHashMap<>();
    spec.envVars().forEach((key, value) -> env.put(key, value.reveal()));
    return new ChildProcessTransport(
        spec.name(), command, ChildEnvironment.of(hostEnvironment, env), mapper, redactor);
  }

  /** Interrupts the worker threads; call after every connection is closed. */
  @Override
  public void shutdown() {
    workers.shutdownNow();
  }
}
