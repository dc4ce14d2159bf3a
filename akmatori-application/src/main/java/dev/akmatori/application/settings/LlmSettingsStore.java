package dev.akmatori.application.settings;

import dev.akmatori.domain.settings.LlmConfiguration;
import dev.akmatori.domain.settings.LlmProvider;
import dev.akmatori.domain.settings.LlmProviderSettings;
import java.time.Instant;
import java.util.function.UnaryOperator;

/**
 * The LLM configuration (contract §3.10.3): one stored row per provider, exactly one of them
 * active. Created with the defaults on first use (OpenAI active). API keys are clear in the values
 * and stored encrypted. Thread-safe and shared by replicas; store failures surface as unchecked
 * exceptions.
 */
public interface LlmSettingsStore {
  /** Every provider's row and the active provider, creating missing rows from the defaults. */
  LlmConfiguration load(Instant now);

  /**
   * Applies {@code change} to {@code provider}'s row and makes it the active provider, in one
   * atomic step; concurrent updates wait for each other. {@code change} must be pure.
   */
  LlmConfiguration update(LlmProvider provider, UnaryOperator<LlmProviderSettings> change, Instant now);
}
