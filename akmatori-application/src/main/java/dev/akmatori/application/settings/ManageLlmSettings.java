package dev.akmatori.application.settings;

import dev.akmatori.domain.settings.LlmConfiguration;
import dev.akmatori.domain.settings.LlmProviderChanges;

/** The LLM settings use cases (contract §3.10.3). */
public interface ManageLlmSettings {
  /** Every provider and the active one; created with defaults on first use. */
  LlmConfiguration get();

  /** Updates the provider named in {@code changes} and makes it the active one. */
  LlmConfiguration update(LlmProviderChanges changes);
}
