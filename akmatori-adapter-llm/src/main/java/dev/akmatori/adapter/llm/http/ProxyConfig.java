package dev.akmatori.adapter.llm.http;

import dev.akmatori.application.model.ModelEndpoint.ProxyRoute;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.util.Optional;
import okhttp3.Credentials;
import okhttp3.HttpUrl;

/**
 * A parsed proxy route: the HTTP proxy's address, its optional Basic credentials and the {@code
 * no_proxy} rule. Never prints the password.
 */
final class ProxyConfig {
  private final HttpUrl url;
  private final Proxy proxy;
  private final Optional<String> basicCredentials;
  private final NoProxyRule noProxy;

  private ProxyConfig(HttpUrl url, Optional<String> basicCredentials, NoProxyRule noProxy) {
    this.url = url;
    // Unresolved: the proxy's name is looked up when connecting, not when a run starts.
    this.proxy = new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(url.host(), url.port()));
    this.basicCredentials = basicCredentials;
    this.noProxy = noProxy;
  }

  /**
   * @throws IllegalArgumentException when the URL is not an {@code http://} URL; OkHttp speaks plain
   *     HTTP (and CONNECT) to proxies, so a TLS proxy ({@code https://}) cannot be used
   */
  static ProxyConfig parse(ProxyRoute route) {
    HttpUrl url = HttpUrl.parse(route.url() == null ? "" : route.url().trim());
    if (url == null) {
      throw new IllegalArgumentException("proxy URL is not an http URL");
    }
    if (!url.scheme().equals("http")) {
      throw new IllegalArgumentException(
          "proxy URL must use http:// (a TLS connection to the proxy is not supported)");
    }
    Optional<String> credentials =
        url.username().isEmpty()
            ? Optional.empty()
            : Optional.of(Credentials.basic(url.username(), url.password()));
    return new ProxyConfig(url, credentials, NoProxyRule.parse(route.noProxy()));
  }

  Proxy proxy() {
    return proxy;
  }

  Optional<String> basicCredentials() {
    return basicCredentials;
  }

  NoProxyRule noProxy() {
    return noProxy;
  }

  @Override
  public String toString() {
    String user = url.username().isEmpty() ? "" : url.username() + ":****@";
    return "ProxyConfig[http://" + user + url.host() + ":" + url.port() + ", no_proxy=" + noProxy + "]";
  }
}
