package dev.akmatori.adapter.llm.mcp;

import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.spec.McpClientTransport;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCMessage;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import reactor.core.publisher.Mono;

/**
 * Wraps an SDK HTTP transport to offer the client's protocol versions in {@code initialize} and to
 * report a failed connect at once: the SDK session only logs it, so a refused SSE stream would
 * otherwise surface as a timeout. Everything else is delegated.
 */
final class WatchedHttpTransport implements McpClientTransport, EndAware {
  private final McpClientTransport delegate;
  private final List<String> versions;
  private final CompletableFuture<String> ended = new CompletableFuture<>();

  WatchedHttpTransport(McpClientTransport delegate, List<String> versions) {
    this.delegate = delegate;
    this.versions = List.copyOf(versions);
  }

  @Override
  public Mono<Void> connect(Function<Mono<JSONRPCMessage>, Mono<JSONRPCMessage>> handler) {
    return delegate.connect(handler).doOnError(e -> ended.complete(Reasons.of(e)));
  }

  @Override
  public CompletableFuture<String> ended() {
    return ended;
  }

  @Override
  public void setExceptionHandler(Consumer<Throwable> handler) {
    delegate.setExceptionHandler(handler);
  }

  @Override
  public Mono<Void> sendMessage(JSONRPCMessage message) {
    return delegate.sendMessage(message);
  }

  @Override
  public Mono<Void> closeGracefully() {
    return delegate.closeGracefully();
  }

  @Override
  public void close() {
    delegate.close();
  }

  @Override
  public <T> T unmarshalFrom(Object data, TypeRef<T> typeRef) {
    return delegate.unmarshalFrom(data, typeRef);
  }

  @Override
  public List<String> protocolVersions() {
    return versions;
  }
}
