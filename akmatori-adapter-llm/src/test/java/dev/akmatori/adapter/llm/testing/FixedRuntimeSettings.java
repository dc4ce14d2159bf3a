package dev.akmatori.adapter.llm.testing;

import dev.akmatori.application.settings.RuntimeSettings;
import dev.akmatori.domain.settings.LlmProviderSettings;
import dev.akmatori.domain.settings.ProxyService;
import dev.akmatori.domain.settings.ProxySettings;
import dev.akmatori.domain.settings.ProxyUrl;
import dev.akmatori.domain.settings.RetentionSettings;
import dev.akmatori.domain.settings.SlackSettings;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** Runtime settings whose proxy part a test sets; counts how often the proxy was read. */
public final class FixedRuntimeSettings implements RuntimeSettings {
  private volatile ProxySettings proxy = ProxySettings.DEFAULTS;
  private final AtomicInteger proxyReads = new AtomicInteger();

  /** Sends {@code services} through {@code url}, except hosts in {@code noProxy}. */
  public FixedRuntimeSettings proxy(String url, String noProxy, ProxyService... services) {
    Set<ProxyService> enabled = EnumSet.noneOf(ProxyService.class);
    enabled.addAll(Set.of(services));
    this.proxy = new ProxySettings(ProxyUrl.of(url), noProxy, enabled);
    return this;
  }

  public int proxyReads() {
    return proxyReads.get();
  }

  @Override
  public ProxySettings proxy() {
    proxyReads.incrementAndGet();
    return proxy;
  }

  @Override
  public String publicBaseUrl() {
    throw new UnsupportedOperationException("not used by tool integrations");
  }

  @Override
  public SlackSettings slack() {
    throw new UnsupportedOperationException("not used by tool integrations");
  }

  @Override
  public LlmProviderSettings activeLlm() {
    throw new UnsupportedOperationException("not used by tool integrations");
  }

  @Override
  public RetentionSettings retention() {
    throw new UnsupportedOperationException("not used by tool integrations");
  }
}
