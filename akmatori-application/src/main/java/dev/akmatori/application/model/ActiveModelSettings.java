package dev.akmatori.application.model;

import dev.akmatori.domain.settings.LlmProvider;

/**
 * The active LLM provider's settings, read fresh when a run starts (contract §3.10.3, §5.1), so a
 * settings change applies to the next run without a restart.
 */
public interface ActiveModelSettings {
  ActiveModel active();

  /**
   * The active provider, whether it is configured ({@code api_key} set; for {@code custom}: base URL
   * and model set) and its endpoint with the clear key and the proxy route to use.
   */
  record ActiveModel(LlmProvider provider, boolean configured, ModelEndpoint endpoint) {
    /** The contract's failure text when a run starts without a usable provider. */
    public String notConfiguredError() {
      return "LLM provider '" + provider.wireName() + "' is not configured";
    }
  }
}
