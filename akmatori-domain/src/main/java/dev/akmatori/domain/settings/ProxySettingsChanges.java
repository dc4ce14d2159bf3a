package dev.akmatori.domain.settings;

import dev.akmatori.domain.shared.Violations;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A validated partial update of the proxy settings. {@code proxyUrl} is as sent (for the password
 * echo rule); {@code services} holds only the toggles sent, {@code openai} already folded into
 * {@link ProxyService#LLM}.
 */
public record ProxySettingsChanges(
    Optional<String> proxyUrl, Optional<String> noProxy, Map<ProxyService, Boolean> services) {

  public static final String INVALID_URL = "must be an http or https URL";

  public ProxySettingsChanges {
    Objects.requireNonNull(proxyUrl, "proxyUrl");
    Objects.requireNonNull(noProxy, "noProxy");
    EnumMap<ProxyService, Boolean> copy = new EnumMap<>(ProxyService.class);
    copy.putAll(services);
    services = Collections.unmodifiableMap(copy);
  }

  /**
   * Validates every field at once: {@code proxy_url} empty or http(s); service keys known ({@code
   * services.<k>}: {@code unknown service}); {@code llm} and {@code openai} agreeing; {@code ssh}
   * only {@code false}. Null means "not provided"; {@code services} maps wire names to toggles.
   */
  public static ProxySettingsChanges of(String proxyUrl, String noProxy, Map<String, Boolean> services) {
    Violations v = new Violations();
    if (proxyUrl != null && !proxyUrl.isEmpty() && !WebUrls.isHttp(proxyUrl)) {
      v.add("proxy_url", INVALID_URL);
    }
    Map<ProxyService, Boolean> toggles = new EnumMap<>(ProxyService.class);
    (services == null ? Map.<String, Boolean>of() : services)
        .forEach((name, on) -> toggle(name, Objects.requireNonNull(on, name), toggles, v));
    Boolean llm = services == null ? null : services.get(ProxyService.LLM.wireName());
    Boolean openai = services == null ? null : services.get(ProxyService.OPENAI_SYNONYM);
    if (llm != null && openai != null && !llm.equals(openai)) {
      v.add("services." + ProxyService.OPENAI_SYNONYM, "conflicts with services.llm");
    }
    v.throwIfAny();
    return new ProxySettingsChanges(Optional.ofNullable(proxyUrl), Optional.ofNullable(noProxy), toggles);
  }

  private static void toggle(String name, boolean on, Map<ProxyService, Boolean> into, Violations v) {
    Optional<ProxyService> service = ProxyService.fromWire(name);
    if (service.isEmpty()) {
      v.add("services." + name, "unknown service");
    } else if (!service.get().supported() && on) {
      v.add("services." + name + ".enabled", "proxy is not supported for " + name);
    } else {
      into.put(service.get(), on);
    }
  }
}
