package dev.akmatori.domain.tool;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** The {@code format: uri} rule of §3.4.2: an absolute {@code http} or {@code https} URL. */
public final class HttpUrls {
  private HttpUrls() {}

  /** True for an absolute {@code http} or {@code https} URL with a non-empty authority. */
  public static boolean isValid(String text) {
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme();
      if (scheme == null || uri.isOpaque()) {
        return false;
      }
      scheme = scheme.toLowerCase(Locale.ROOT);
      // getHost() is null for names with '_' (Docker service names), so the authority decides.
      String authority = uri.getRawAuthority();
      return (scheme.equals("http") || scheme.equals("https"))
          && authority != null
          && !authority.isEmpty()
          && !authority.startsWith("@")
          && !authority.startsWith(":");
    } catch (URISyntaxException malformed) {
      return false;
    }
  }
}
