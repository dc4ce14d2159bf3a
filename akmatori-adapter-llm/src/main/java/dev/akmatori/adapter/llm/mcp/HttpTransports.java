package dev.akmatori.adapter.llm.mcp;

import dev.akmatori.domain.mcp.McpAuth;
import dev.akmatori.domain.mcp.McpServerSpec;
import io.modelcontextprotocol.client.transport.HttpClientSseClientTransport;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.client.transport.customizer.McpAsyncHttpClientRequestCustomizer;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.spec.McpClientTransport;
import java.net.URI;
import java.time.Duration;
import reactor.core.publisher.Mono;

/**
 * The SDK's HTTP transports for a server's {@code url}: legacy HTTP+SSE (open the event stream at
 * {@code url}, POST to the endpoint it announces) and streamable HTTP (which keeps the
 * {@code Mcp-Session-Id}), each sending the {@code auth_config} header on every request.
 */
final class HttpTransports {
  private HttpTransports() {}

  // HttpClientSseClientTransport is deprecated along with the legacy SSE transport, which §3.9 keeps.
  @SuppressWarnings("deprecation")
  static WatchedHttpTransport create(McpServerSpec spec, McpJsonMapper mapper, Duration connectTimeout) {
    URI url = URI.create(spec.url());
    String base = url.getScheme() + "://" + url.getRawAuthority();
    String endpoint = (url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath())
        + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
    McpAsyncHttpClientRequestCustomizer auth = authHeader(spec.auth());
    switch (spec.transport()) {
      case SSE:
        // The SSE transport announces only 2024-11-05; offer the newer versions too (§3.9).
        return new WatchedHttpTransport(
            HttpClientSseClientTransport.builder(base)
                .sseEndpoint(endpoint)
                .jsonMapper(mapper)
                .connectTimeout(connectTimeout)
                .asyncHttpRequestCustomizer(auth)
                .build(),
            McpProtocol.VERSIONS);
      case STREAMABLE_HTTP:
        return new WatchedHttpTransport(
            HttpClientStreamableHttpTransport.builder(base)
                .endpoint(endpoint)
                .jsonMapper(mapper)
                .connectTimeout(connectTimeout)
                .asyncHttpRequestCustomizer(auth)
                .supportedProtocolVersions(McpProtocol.VERSIONS)
                .build(),
            McpProtocol.VERSIONS);
      default:
        throw new IllegalArgumentException("not an HTTP transport: " + spec.transport());
    }
  }

  /** {@code Authorization: Bearer <token>} or {@code <header_name>: <token>}; nothing without auth. */
  static McpAsyncHttpClientRequestCustomizer authHeader(McpAuth auth) {
    if (auth == null) {
      return McpAsyncHttpClientRequestCustomizer.NOOP;
    }
    String name = auth.requestHeaderName();
    String value = auth.requestHeaderValue();
    return (builder, method, uri, body, context) -> Mono.just(builder.header(name, value));
  }
}
