package dev.akmatori.domain.settings;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** The "absolute http or https URL" rule of the settings (contract §3.10). */
final class WebUrls {
  private WebUrls() {}

  static boolean isHttp(String text) {
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme();
      if (scheme == null || uri.isOpaque()) {
        return false;
      }
      scheme = scheme.toLowerCase(Locale.ROOT);
      // getHost() is null for names with '_' (Docker service names), so the authority decides.
      String authority = uri.getRawAuthority();
      if (authority == null || !(scheme.equals("http") || scheme.equals("https"))) {
        return false;
      }
      String hostAndPort = authority.substring(authority.lastIndexOf('@') + 1);
      return !hostAndPort.isEmpty() && !hostAndPort.startsWith(":");
    } catch (URISyntaxException malformed) {
      return false;
    }
  }
}
