package dev.akmatori.adapter.llm.http;

import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import okhttp3.Authenticator;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.Route;

/**
 * Derives a client that sends traffic through a proxy, except to {@code no_proxy} hosts. Proxy
 * credentials are only ever sent to the proxy, in answer to its 407 (or preemptively for an HTTPS
 * CONNECT tunnel): never as a header on requests that might go straight to the origin.
 */
final class ProxyRouting {
  private ProxyRouting() {}

  static OkHttpClient derive(OkHttpClient shared, ProxyConfig config) {
    OkHttpClient.Builder builder = shared.newBuilder().proxy(null).proxySelector(new Selector(config));
    config.basicCredentials().ifPresent(c -> builder.proxyAuthenticator(new BasicProxyAuth(c)));
    return builder.build();
  }

  /** Chooses the proxy, or a direct connection for hosts in {@code no_proxy}. */
  private static final class Selector extends ProxySelector {
    private final ProxyConfig config;

    Selector(ProxyConfig config) {
      this.config = config;
    }

    @Override
    public List<Proxy> select(URI uri) {
      String host = uri.getHost();
      boolean direct = host != null && config.noProxy().bypasses(host);
      return List.of(direct ? Proxy.NO_PROXY : config.proxy());
    }

    @Override
    public void connectFailed(URI uri, SocketAddress address, IOException failure) {
      // OkHttp reports the failure to the caller; there is no alternative route to remember.
    }
  }

  /** Answers a proxy's Basic challenge once; a second 407 means the credentials are wrong. */
  private static final class BasicProxyAuth implements Authenticator {
    private final String credentials;

    BasicProxyAuth(String credentials) {
      this.credentials = credentials;
    }

    @Override
    public Request authenticate(Route route, Response response) {
      if (response.request().header("Proxy-Authorization") != null) {
        return null;
      }
      return response.request().newBuilder().header("Proxy-Authorization", credentials).build();
    }

    @Override
    public String toString() {
      return "BasicProxyAuth[****]";
    }
  }
}
