package dev.akmatori.application.settings;

import dev.akmatori.application.model.ActiveModelSettings;
import dev.akmatori.application.model.ModelEndpoint;
import dev.akmatori.application.model.ModelEndpoint.ProxyRoute;
import dev.akmatori.domain.settings.LlmProviderSettings;
import dev.akmatori.domain.settings.ProxyService;
import dev.akmatori.domain.settings.ProxySettings;
import java.util.Optional;

/**
 * {@link ActiveModelSettings} read from the stored settings on every call: the active provider with
 * its clear key, and the proxy when {@code services.llm} is enabled and a proxy URL is set (§5.9).
 */
public final class StoredActiveModelSettings implements ActiveModelSettings {
  private final RuntimeSettings settings;

  public StoredActiveModelSettings(RuntimeSettings settings) {
    this.settings = settings;
  }

  @Override
  public ActiveModel active() {
    LlmProviderSettings llm = settings.activeLlm();
    ProxySettings proxy = settings.proxy();
    ModelEndpoint endpoint =
        new ModelEndpoint(llm.provider(), llm.model(), llm.apiKey(), llm.thinkingLevel(), llm.baseUrl(), route(proxy));
    return new ActiveModel(llm.provider(), llm.isConfigured(), endpoint);
  }

  private static Optional<ProxyRoute> route(ProxySettings proxy) {
    return proxy.proxyFor(ProxyService.LLM).map(url -> new ProxyRoute(url, proxy.noProxy()));
  }
}
