package dev.akmatori.domain.settings;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Proxy settings (contract §3.10.4): the proxy URL, the {@code no_proxy} list and the services whose
 * outbound HTTP goes through it. {@link ProxyService#SSH} is never enabled.
 */
public record ProxySettings(ProxyUrl proxyUrl, String noProxy, Set<ProxyService> enabledServices) {
  public static final ProxySettings DEFAULTS =
      new ProxySettings(ProxyUrl.empty(), "", EnumSet.of(ProxyService.LLM, ProxyService.SLACK));

  public ProxySettings {
    Objects.requireNonNull(proxyUrl, "proxyUrl");
    Objects.requireNonNull(noProxy, "noProxy");
    EnumSet<ProxyService> copy = EnumSet.noneOf(ProxyService.class);
    copy.addAll(enabledServices);
    copy.removeIf(s -> !s.supported());
    enabledServices = Collections.unmodifiableSet(copy);
  }

  public boolean isEnabled(ProxyService service) {
    return enabledServices.contains(service);
  }

  /** The clear proxy URL for {@code service}'s traffic: set and enabled for it; else empty. */
  public Optional<String> proxyFor(ProxyService service) {
    return isEnabled(service) && !proxyUrl.isEmpty() ? Optional.of(proxyUrl.reveal()) : Optional.empty();
  }

  /** These settings with {@code changes} applied: omitted fields and services are unchanged. */
  public ProxySettings apply(ProxySettingsChanges changes) {
    EnumSet<ProxyService> services = EnumSet.noneOf(ProxyService.class);
    services.addAll(enabledServices);
    changes.services().forEach((service, on) -> {
      if (on) {
        services.add(service);
      } else {
        services.remove(service);
      }
    });
    return new ProxySettings(
        changes.proxyUrl().map(proxyUrl::updatedWith).orElse(proxyUrl),
        changes.noProxy().orElse(noProxy),
        services);
  }
}
