package dev.akmatori.domain.settings;

import dev.akmatori.domain.shared.Violations;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A validated partial update of the proxy settings. {@code proxyUrl} is as sent (for the password
 * echo rule); {@code services} holds only the toggles sent, {@code openai} already folded into
 * {@link ProxyService#LLM}.
 */
public record ProxySettingsChanges(
    Optional<String> proxyUrl, Optional<String> noProxy, Map<ProxyService, Boolean> services) {

  public static final String INVALID_URL = "must be an http or https URL";

  /** The keys of one service's object; {@code supported} is read-only and ignored. */
  private static final Set<String> ACCEPTED = Set.of("enabled", "supported");

  public ProxySettingsChanges {
    Objects.requireNonNull(proxyUrl, "proxyUrl");
    Objects.requireNonNull(noProxy, "noProxy");
    EnumMap<ProxyService, Boolean> copy = new EnumMap<>(ProxyService.class);
    copy.putAll(services);
    services = Collections.unmodifiableMap(copy);
  }

  /**
   * Validates every field at once: {@code proxy_url} empty or http(s); {@code services} maps service
   * names to {@code {"enabled": boolean, "supported"?: ignored}}; names known ({@code services.<k>}:
   * {@code unknown service}); {@code llm} and {@code openai} agreeing; {@code ssh} only {@code
   * false}. Null means "not provided".
   */
  public static ProxySettingsChanges of(String proxyUrl, String noProxy, Map<String, ?> services) {
    Violations v = new Violations();
    if (proxyUrl != null && !proxyUrl.isEmpty() && !WebUrls.isHttp(proxyUrl)) {
      v.add("proxy_url", INVALID_URL);
    }
    Map<String, Boolean> sent = new LinkedHashMap<>();
    (services == null ? Map.<String, Object>of() : services).forEach((name, value) -> {
      Boolean on = enabled(name, value, v);
      if (on != null) {
        sent.put(name, on);
      }
    });
    Map<ProxyService, Boolean> toggles = new EnumMap<>(ProxyService.class);
    sent.forEach((name, on) -> toggle(name, on, toggles, v));
    Boolean llm = sent.get(ProxyService.LLM.wireName());
    Boolean openai = sent.get(ProxyService.OPENAI_SYNONYM);
    if (llm != null && openai != null && !llm.equals(openai)) {
      v.add("services." + ProxyService.OPENAI_SYNONYM, "conflicts with services.llm");
    }
    v.throwIfAny();
    return new ProxySettingsChanges(Optional.ofNullable(proxyUrl), Optional.ofNullable(noProxy), toggles);
  }

  /** The {@code enabled} of a known service's object, or null with the problem recorded. */
  private static Boolean enabled(String name, Object value, Violations v) {
    String field = "services." + name;
    if (ProxyService.fromWire(name).isEmpty()) {
      v.add(field, "unknown service");
      return null;
    }
    if (!(value instanceof Map)) {
      v.add(field, "must be an object");
      return null;
    }
    Map<?, ?> toggle = (Map<?, ?>) value;
    toggle.keySet().stream()
        .filter(k -> !ACCEPTED.contains(k))
        .forEach(k -> v.add(field + "." + k, "unknown field"));
    Object enabled = toggle.get("enabled");
    if (enabled == null) {
      v.add(field + ".enabled", "is required");
      return null;
    }
    if (!(enabled instanceof Boolean)) {
      v.add(field + ".enabled", "must be a boolean");
      return null;
    }
    return (Boolean) enabled;
  }

  private static void toggle(String name, boolean on, Map<ProxyService, Boolean> into, Violations v) {
    ProxyService service = ProxyService.fromWire(name).orElseThrow();
    if (!service.supported() && on) {
      v.add("services." + name + ".enabled", "proxy is not supported for " + name);
    } else {
      into.put(service, on);
    }
  }
}
