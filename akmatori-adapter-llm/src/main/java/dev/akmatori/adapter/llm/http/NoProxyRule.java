package dev.akmatori.adapter.llm.http;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The hosts that bypass the proxy (contract §3.10.4): a comma-separated list of host names or IP
 * literals (exact, case-insensitive), {@code .domain} suffixes (which also match the bare domain, as
 * curl does; {@code *.domain} is read the same way) and {@code *} for every host.
 */
final class NoProxyRule {
  private final List<String> entries;

  private NoProxyRule(List<String> entries) {
    this.entries = entries;
  }

  static NoProxyRule parse(String noProxy) {
    if (noProxy == null) {
      return new NoProxyRule(List.of());
    }
    return new NoProxyRule(
        Arrays.stream(noProxy.split(","))
            .map(NoProxyRule::normalise)
            .filter(e -> !e.isEmpty())
            .collect(Collectors.toUnmodifiableList()));
  }

  boolean bypasses(String host) {
    String h = normalise(host);
    for (String entry : entries) {
      if (entry.equals("*") || entry.equals(h)) {
        return true;
      }
      if (entry.startsWith(".") && (h.endsWith(entry) || h.equals(entry.substring(1)))) {
        return true;
      }
    }
    return false;
  }

  private static String normalise(String value) {
    String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
    if (v.startsWith("*.")) {
      v = v.substring(1);
    }
    if (v.startsWith("[") && v.endsWith("]")) {
      v = v.substring(1, v.length() - 1);
    }
    return v.endsWith(".") && v.length() > 1 ? v.substring(0, v.length() - 1) : v;
  }

  @Override
  public String toString() {
    return String.join(",", entries);
  }
}
