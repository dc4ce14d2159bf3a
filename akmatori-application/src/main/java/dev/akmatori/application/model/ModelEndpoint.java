package dev.akmatori.application.model;

import dev.akmatori.domain.settings.LlmProvider;
import dev.akmatori.domain.settings.ThinkingLevel;
import dev.akmatori.domain.shared.Secret;
import java.util.Objects;
import java.util.Optional;

/**
 * The active provider's settings as read when a run starts: which API, which model, the key, the
 * thinking level, an optional base URL (empty = the provider's public endpoint) and the proxy to use
 * (empty = direct).
 */
public record ModelEndpoint(
    LlmProvider provider,
    String model,
    Secret apiKey,
    ThinkingLevel thinkingLevel,
    String baseUrl,
    Optional<ProxyRoute> proxy) {

  public ModelEndpoint {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(apiKey, "apiKey");
    Objects.requireNonNull(thinkingLevel, "thinkingLevel");
    baseUrl = baseUrl == null ? "" : baseUrl;
    Objects.requireNonNull(proxy, "proxy");
  }

  /** An HTTP proxy with optional credentials and the hosts that bypass it. */
  public record ProxyRoute(String url, String noProxy) {
    /** Prints the URL with its password masked ({@code http://user:****@proxy:3128}, §1.7). */
    @Override
    public String toString() {
      return "ProxyRoute[url=" + maskPassword(url) + ", noProxy=" + noProxy + "]";
    }

    static String maskPassword(String url) {
      if (url == null) {
        return null;
      }
      int start = url.indexOf("://") + 3;
      int end = start;
      while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
        end++;
      }
      int at = url.lastIndexOf('@', end - 1);
      int colon = url.indexOf(':', start);
      if (start < 3 || at < start || colon < 0 || colon > at) {
        return url;
      }
      return url.substring(0, colon + 1) + "****" + url.substring(at);
    }
  }
}
