package dev.akmatori.domain.settings;

import java.util.Objects;

/**
 * The proxy URL (contract §3.10.4, §1.7): clear inside, shown with its password replaced by {@code
 * ****} ({@code http://user:****@proxy:3128}). A password of exactly {@code ****} sent back keeps the
 * stored one. Never prints its password.
 */
public final class ProxyUrl {
  /** What a password looks like when shown, and the echo value that keeps it. */
  public static final String MASKED_PASSWORD = "****";

  private static final ProxyUrl EMPTY = new ProxyUrl("");

  private final String value;

  private ProxyUrl(String value) {
    this.value = Objects.requireNonNull(value, "value");
  }

  /** An already validated URL, or the empty one for {@code ""}. */
  public static ProxyUrl of(String value) {
    return value == null || value.isEmpty() ? EMPTY : new ProxyUrl(value);
  }

  public static ProxyUrl empty() {
    return EMPTY;
  }

  public boolean isEmpty() {
    return value.isEmpty();
  }

  /** The clear URL; call only where the proxy is used or stored, never to show it. */
  public String reveal() {
    return value;
  }

  /** The URL with a non-empty password replaced by {@code ****}. */
  public String masked() {
    UserInfo info = UserInfo.of(value);
    if (info == null || info.password() == null || info.password().isEmpty()) {
      return value;
    }
    return info.withPassword(MASKED_PASSWORD);
  }

  /**
   * The URL to store when a client sends {@code incoming}: with a password of exactly {@code ****},
   * the incoming URL carrying this URL's password (none if this one has none); otherwise {@code
   * incoming} itself.
   */
  public ProxyUrl updatedWith(String incoming) {
    UserInfo sent = UserInfo.of(incoming);
    if (sent == null || !MASKED_PASSWORD.equals(sent.password())) {
      return of(incoming);
    }
    UserInfo stored = UserInfo.of(value);
    return of(sent.withPassword(stored == null ? null : stored.password()));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ProxyUrl && ((ProxyUrl) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return masked();
  }

  /** A URL cut around its user-info: {@code before}{@code user}[:{@code password}]@{@code after}. */
  private record UserInfo(String before, String user, String password, String after) {
    /** Null when the URL has no user-info. */
    static UserInfo of(String url) {
      int scheme = url.indexOf("://");
      if (scheme < 0) {
        return null;
      }
      int start = scheme + 3;
      int end = start;
      while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
        end++;
      }
      int at = url.lastIndexOf('@', end - 1);
      if (at < start) {
        return null;
      }
      String info = url.substring(start, at);
      int colon = info.indexOf(':');
      String user = colon < 0 ? info : info.substring(0, colon);
      String password = colon < 0 ? null : info.substring(colon + 1);
      return new UserInfo(url.substring(0, start), user, password, url.substring(at));
    }

    /** The URL with {@code newPassword}; null leaves out the {@code :password} part. */
    String withPassword(String newPassword) {
      return before + user + (newPassword == null ? "" : ":" + newPassword) + after;
    }
  }
}
