package dev.akmatori.adapter.http.settings;

import dev.akmatori.domain.settings.ProxyService;
import dev.akmatori.domain.settings.ProxySettings;
import dev.akmatori.domain.settings.StoredSettings;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The proxy settings shape of contract §3.10.4 (plus id and timestamps, like every settings
 * resource): the URL with its password masked, and every service, {@code openai} right after {@code
 * llm} with the same toggle.
 */
record ProxySettingsResponse(
    long id, String proxyUrl, String noProxy, Map<String, ServiceToggle> services, Instant createdAt, Instant updatedAt) {

  /** {@code {"enabled", "supported"}} of one service. */
  record ServiceToggle(boolean enabled, boolean supported) {}

  static ProxySettingsResponse from(StoredSettings<ProxySettings> s) {
    ProxySettings v = s.value();
    Map<String, ServiceToggle> services = new LinkedHashMap<>();
    for (ProxyService service : ProxyService.values()) {
      ServiceToggle toggle = new ServiceToggle(v.isEnabled(service), service.supported());
      services.put(service.wireName(), toggle);
      if (service == ProxyService.LLM) {
        services.put(ProxyService.OPENAI_SYNONYM, toggle);
      }
    }
    return new ProxySettingsResponse(s.id(), v.proxyUrl().masked(), v.noProxy(), services, s.createdAt(), s.updatedAt());
  }
}
