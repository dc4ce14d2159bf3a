package dev.akmatori.adapter.llm.mcp;

import dev.akmatori.application.mcp.McpUnavailableException;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.spec.McpClientTransport;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCMessage;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * The stdio transport (contract §3.9): starts {@code command args…} with exactly the environment it
 * is given, exchanges newline-delimited JSON-RPC over stdin/stdout and logs stderr. Written instead
 * of the SDK's {@code StdioClientTransport}, which adds inherited variables of its own (USER,
 * SHELL, …) and hides its {@link Process}, so neither the minimal environment nor the process-tree
 * cleanup could be enforced. {@link #ended()} completes with a reason when the process goes away
 * before {@link #close()}. Thread-safe.
 */
final class ChildProcessTransport implements McpClientTransport, EndAware {
  static final int MAX_LINE_CHARS = 16 * 1024 * 1024;
  private static final Logger LOG = LoggerFactory.getLogger(ChildProcessTransport.class);
  /** Time to exit after SIGTERM before SIGKILL; a finished tools/list leaves nothing to save. */
  private static final Duration GRACE = Duration.ofSeconds(1);
  private static final Duration END_REASON_WAIT = Duration.ofSeconds(3);

  private final String serverName;
  private final List<String> command;
  private final Map<String, String> environment;
  private final McpJsonMapper mapper;
  private final Redactor redactor;
  private final CompletableFuture<String> ended = new CompletableFuture<>();
  private final Object lock = new Object();
  private volatile StderrLog stderr;
  private volatile boolean unstartable;
  private Process process; // guarded by lock
  private boolean closed; // guarded by lock

  ChildProcessTransport(
      String serverName, List<String> command, Map<String, String> environment, McpJsonMapper mapper, Redactor redactor) {
    this.serverName = serverName;
    this.command = List.copyOf(command);
    this.environment = Map.copyOf(environment);
    this.mapper = mapper;
    this.redactor = redactor;
  }

  @Override
  public Mono<Void> connect(Function<Mono<JSONRPCMessage>, Mono<JSONRPCMessage>> handler) {
    return Mono.fromRunnable(() -> start(handler));
  }

  private void start(Function<Mono<JSONRPCMessage>, Mono<JSONRPCMessage>> handler) {
    Process started;
    synchronized (lock) {
      if (closed) {
        throw new IllegalStateException("transport closed");
      }
      ProcessBuilder builder = new ProcessBuilder(command);
      // ProcessBuilder starts from a copy of this JVM's environment: clear it, then add the allowed set.
      builder.environment().clear();
      builder.environment().putAll(environment);
      try {
        started = builder.start();
      } catch (IOException e) {
        // "Cannot run program …: error=2, No such file or directory": the cause is the useful part.
        Throwable why = e.getCause() != null ? e.getCause() : e;
        String reason = redactor.apply("cannot start '" + command.get(0) + "': " + why.getMessage());
        unstartable = true;
        ended.complete(reason);
        throw new UnstartableCommand(reason, e);
      }
      process = started;
    }
    stderr = StderrLog.start(started, serverName, redactor);
    Threads.daemon("mcp-stdout-" + serverName, () -> readMessages(started, handler));
  }

  private void readMessages(Process p, Function<Mono<JSONRPCMessage>, Mono<JSONRPCMessage>> handler) {
    String failure = null;
    try (Reader reader = new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)) {
      LineReader lines = new LineReader(reader, MAX_LINE_CHARS);
      for (String line = lines.next(); line != null; line = lines.next()) {
        dispatch(line, handler);
      }
    } catch (LineReader.LineTooLongException e) {
      failure = e.getMessage();
    } catch (IOException closedByUs) {
      // close() destroyed the process under the reader.
    }
    stdoutEnded(p, failure);
  }

  private void dispatch(String line, Function<Mono<JSONRPCMessage>, Mono<JSONRPCMessage>> handler) {
    if (line.isBlank()) {
      return;
    }
    JSONRPCMessage message;
    try {
      message = McpSchema.deserializeJsonRpcMessage(mapper, line);
    } catch (IOException | RuntimeException notJsonRpc) {
      LOG.warn("MCP server '{}' wrote a line that is not JSON-RPC to stdout; ignored: {}",
          serverName, redactor.apply(Threads.abbreviate(line)));
      return;
    }
    handler.apply(Mono.just(message)).subscribe(
        ignored -> {}, error -> LOG.debug("MCP server '{}': message handling failed", serverName, error));
  }

  /** Stdout closed: unless we are closing, the server is gone; say why. */
  private void stdoutEnded(Process p, String failure) {
    synchronized (lock) {
      if (closed) {
        return;
      }
    }
    String reason = failure;
    if (reason == null) {
      reason = Threads.exitCode(p, Duration.ofSeconds(1))
          .map(code -> "process exited with code " + code)
          .orElse("process closed its standard output");
      // The last stderr line says why; let its reader drain what the process wrote before exiting.
      String last = stderr.lastLine(Duration.ofSeconds(1));
      reason = last.isEmpty() ? reason : reason + ": " + last;
    }
    ended.complete(reason);
  }

  @Override
  public Mono<Void> sendMessage(JSONRPCMessage message) {
    return Mono.fromRunnable(() -> write(message));
  }

  private void write(JSONRPCMessage message) {
    Process p;
    synchronized (lock) {
      p = process;
    }
    if (p == null) {
      throw new RequestNotSent("MCP server process is not running");
    }
    try {
      // The JSON writer escapes control characters, so a message is always one line.
      byte[] json = mapper.writeValueAsBytes(message);
      OutputStream stdin = p.getOutputStream();
      synchronized (stdin) {
        stdin.write(json);
        stdin.write('\n');
        stdin.flush();
      }
    } catch (IOException e) {
      // A pipe refuses a write only when the server's end is closed: it cannot have read the request.
      // The process is going away, and how it ended (exit code, last stderr line) says more than
      // "Broken pipe": it is known within about 2 s (stdoutEnded waits ≤ 1 s for each part).
      throw new RequestNotSent("cannot write to the MCP server process", endedWithin(END_REASON_WAIT).orElse(e));
    }
  }

  /** How the process ended, as the failure a reason is taken from, if it is known within {@code wait}. */
  private Optional<Throwable> endedWithin(Duration wait) {
    try {
      return Optional.of(new McpUnavailableException(ended.get(wait.toNanos(), TimeUnit.NANOSECONDS)));
    } catch (TimeoutException | ExecutionException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /** Completes with a short reason when the process ends or cannot start before {@link #close()}. */
  @Override
  public CompletableFuture<String> ended() {
    return ended;
  }

  /** True when the command could not be started at all (see {@link UnstartableCommand}). */
  @Override
  public boolean endedByItsSettings() {
    return unstartable;
  }

  @Override
  public Mono<Void> closeGracefully() {
    return Mono.fromRunnable(this::close);
  }

  /** Stops the process and all its descendants; idempotent, blocks for at most a few seconds. */
  @Override
  public void close() {
    Process p;
    synchronized (lock) {
      closed = true;
      p = process;
    }
    if (p != null) {
      ProcessTree.terminate(p, GRACE);
    }
  }

  @Override
  public <T> T unmarshalFrom(Object data, TypeRef<T> typeRef) {
    return mapper.convertValue(data, typeRef);
  }

  @Override
  public List<String> protocolVersions() {
    return McpProtocol.VERSIONS;
  }
}
