package dev.akmatori.app;

import dev.akmatori.application.model.ActiveModelSettings;
import dev.akmatori.application.model.LlmProvider;
import dev.akmatori.application.model.ModelEndpoint;
import dev.akmatori.application.model.ThinkingLevel;
import dev.akmatori.domain.shared.Secret;
import java.util.Optional;

/**
 * Stands in for the LLM settings until they are wired here: the default provider {@code openai}
 * without an API key, so each investigation fails at start with {@code LLM provider 'openai' is not
 * configured} (contract §5.1) and the server keeps serving.
 */
final class UnconfiguredModelSettings implements ActiveModelSettings {
  @Override
  public ActiveModel active() {
    ModelEndpoint endpoint =
        new ModelEndpoint(LlmProvider.OPENAI, "", Secret.empty(), ThinkingLevel.OFF, "", Optional.empty());
    return new ActiveModel(LlmProvider.OPENAI, false, endpoint);
  }
}
