package dev.akmatori.application.model;

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
  public record ProxyRoute(String url, String noProxy) {}
}
