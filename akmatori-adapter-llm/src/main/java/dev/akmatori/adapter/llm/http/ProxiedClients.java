package dev.akmatori.adapter.llm.http;

import dev.akmatori.application.model.ModelEndpoint.ProxyRoute;
import okhttp3.OkHttpClient;

/**
 * Derives clients that route through the configured HTTP proxy, honouring {@code no_proxy}
 * (contract §3.10.4), for outbound traffic other than the model clients (tool integrations). Same
 * rules as the model transports: credentials only in answer to the proxy's challenge, no TLS proxy.
 */
public final class ProxiedClients {
  private ProxiedClients() {}

  /**
   * A client derived from {@code base} (sharing its pool and dispatcher) that uses {@code route}.
   *
   * @throws IllegalArgumentException when the proxy URL is unusable (not an {@code http://} URL);
   *     the message never holds the password
   */
  public static OkHttpClient derive(OkHttpClient base, ProxyRoute route) {
    return ProxyRouting.derive(base, ProxyConfig.parse(route));
  }
}
