package dev.akmatori.adapter.llm.tool.integration;

import dev.akmatori.adapter.llm.http.ProxiedClients;
import dev.akmatori.application.investigation.tool.ToolCallException;
import dev.akmatori.application.model.ModelEndpoint.ProxyRoute;
import dev.akmatori.application.settings.RuntimeSettings;
import dev.akmatori.domain.settings.ProxySettings;
import java.net.Proxy;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;

/**
 * Hands out call-scoped clients for the built-in integrations, derived from the process-wide
 * OkHttp client (one connection pool and dispatcher). Each client gets the target's time limit, its
 * TLS trust ({@code verify_ssl=false} or a CA bundle, for that client only) and the proxy when the
 * service's toggle is on and a proxy URL is set, honouring {@code no_proxy}. The proxy settings are
 * read on every call. Derived clients are kept in a small cache so that connections are reused.
 * Thread-safe; one per process.
 */
public final class IntegrationHttp {
  private static final Duration MAX_CONNECT = Duration.ofSeconds(15);
  private static final int CACHED_CLIENTS = 32;

  private final Supplier<OkHttpClient> shared;
  private final RuntimeSettings settings;
  private final Map<ClientKey, OkHttpClient> clients =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ClientKey, OkHttpClient> eldest) {
          return size() > CACHED_CLIENTS;
        }
      };

  public IntegrationHttp(OkHttpClient shared, RuntimeSettings settings) {
    this(constant(shared), settings);
  }

  /** With the shared client asked for at the first call, so a lazily built one stays unbuilt until then. */
  public IntegrationHttp(Supplier<OkHttpClient> shared, RuntimeSettings settings) {
    this.shared = Objects.requireNonNull(shared, "shared");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  private static Supplier<OkHttpClient> constant(OkHttpClient shared) {
    Objects.requireNonNull(shared, "shared");
    return () -> shared;
  }

  /**
   * A client for one call to {@code target}, authenticating every request with {@code auth}.
   *
   * @throws ToolCallException when the CA bundle is unreadable or the proxy URL is unusable
   */
  public IntegrationClient client(HttpTarget target, Auth auth) {
    ProxySettings proxy = settings.proxy();
    Optional<ProxyRoute> route = proxy.proxyFor(target.proxyService())
        .map(url -> new ProxyRoute(url, proxy.noProxy()));
    ClientKey key = new ClientKey(target.timeout(), target.verifySsl(), target.caCertPem(), route);
    OkHttpClient client;
    synchronized (clients) {
      client = clients.get(key);
    }
    if (client == null) {
      client = build(key);
      synchronized (clients) {
        clients.putIfAbsent(key, client);
      }
    }
    return new IntegrationClient(client, target, auth);
  }

  private OkHttpClient build(ClientKey key) {
    OkHttpClient.Builder builder = shared.get().newBuilder()
        .connectTimeout(key.timeout().compareTo(MAX_CONNECT) < 0 ? key.timeout() : MAX_CONNECT)
        .readTimeout(key.timeout())
        .writeTimeout(key.timeout())
        .callTimeout(key.timeout())
        // Settings decide: never the JVM's proxy properties, never a leftover route.
        .proxy(Proxy.NO_PROXY);
    if (!key.verifySsl()) {
      TlsTrust trust = TlsTrust.trustAll();
      builder.sslSocketFactory(trust.socketFactory(), trust.trustManager())
          .hostnameVerifier(trust.hostnameVerifier());
    } else if (!key.caCertPem().isEmpty()) {
      TlsTrust trust = TlsTrust.trusting(key.caCertPem());
      builder.sslSocketFactory(trust.socketFactory(), trust.trustManager());
    }
    OkHttpClient client = builder.build();
    if (key.proxy().isEmpty()) {
      return client;
    }
    try {
      return ProxiedClients.derive(client, key.proxy().get());
    } catch (IllegalArgumentException e) {
      throw new ToolCallException("the proxy settings are unusable: " + e.getMessage());
    }
  }

  /** Everything a derived client depends on; holds the proxy URL, so it never prints itself. */
  private record ClientKey(
      Duration timeout, boolean verifySsl, String caCertPem, Optional<ProxyRoute> proxy) {
    @Override
    public String toString() {
      return "ClientKey[" + timeout + ", verifySsl=" + verifySsl + "]";
    }
  }
}
