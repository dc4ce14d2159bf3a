package dev.akmatori.adapter.llm.tool.integration;

import dev.akmatori.application.investigation.tool.ToolCallException;
import dev.akmatori.domain.settings.ProxyService;
import java.time.Duration;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * Where and how one integration instance is reached: its base URL, the per-request time limit
 * ({@code <prefix>_timeout}), whether its TLS certificate is verified ({@code <prefix>_verify_ssl}),
 * an optional PEM CA bundle to trust instead of the JVM's roots, and the proxy toggle it obeys.
 */
public record HttpTarget(
    HttpUrl baseUrl, Duration timeout, boolean verifySsl, String caCertPem, ProxyService proxyService) {

  /** Contract §6 "common": {@code <prefix>_timeout} defaults to 30 seconds. */
  public static final long DEFAULT_TIMEOUT_SECONDS = 30;

  public HttpTarget {
    Objects.requireNonNull(baseUrl, "baseUrl");
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive");
    }
    caCertPem = caCertPem == null ? "" : caCertPem.strip();
    Objects.requireNonNull(proxyService, "proxyService");
  }

  /**
   * The target described by an instance's settings: the URL in {@code urlKey}, {@code
   * <prefix>timeout} and {@code <prefix>verify_ssl} ({@code prefix} includes the underscore, e.g.
   * {@code "vm_"}); no CA bundle.
   *
   * @throws ToolCallException when the URL is missing or not an absolute http(s) URL
   */
  public static HttpTarget fromSettings(
      InstanceSettings settings, String urlKey, String prefix, ProxyService service) {
    return new HttpTarget(
        parseUrl(urlKey, settings.required(urlKey)),
        Duration.ofSeconds(settings.integer(prefix + "timeout", DEFAULT_TIMEOUT_SECONDS)),
        settings.flag(prefix + "verify_ssl", true),
        "",
        service);
  }

  /** This target trusting the CA certificates of {@code pem} (blank: the JVM's default roots). */
  public HttpTarget withCaCertificate(String pem) {
    return new HttpTarget(baseUrl, timeout, verifySsl, pem, proxyService);
  }

  /** This target with another base URL (e.g. an API path appended to a frontend URL). */
  public HttpTarget withBaseUrl(HttpUrl url) {
    return new HttpTarget(url, timeout, verifySsl, caCertPem, proxyService);
  }

  /**
   * Parses a URL setting.
   *
   * @throws ToolCallException {@code setting '<key>' is not an http or https URL}
   */
  public static HttpUrl parseUrl(String key, String value) {
    HttpUrl url = HttpUrl.parse(value.strip());
    if (url == null) {
      throw new ToolCallException("setting '" + key + "' is not an http or https URL");
    }
    return url;
  }

  @Override
  public String toString() {
    // The URL may carry user info; print only where it points.
    return "HttpTarget[" + baseUrl.scheme() + "://" + baseUrl.host() + ":" + baseUrl.port()
        + ", timeout=" + timeout.toSeconds() + "s, verifySsl=" + verifySsl + "]";
  }
}
