package dev.akmatori.application.investigation;

import dev.akmatori.application.model.ActiveModelSettings;
import dev.akmatori.application.model.ModelEndpoint;
import dev.akmatori.domain.settings.LlmProvider;
import dev.akmatori.domain.settings.ThinkingLevel;
import dev.akmatori.domain.shared.Secret;
import java.util.Optional;

/** A fake {@link ActiveModelSettings}: an OpenAI provider, configured or not. */
public final class FixedModelSettings implements ActiveModelSettings {
  private volatile boolean configured;

  public FixedModelSettings(boolean configured) {
    this.configured = configured;
  }

  public void configured(boolean value) {
    configured = value;
  }

  @Override
  public ActiveModel active() {
    ModelEndpoint endpoint =
        new ModelEndpoint(LlmProvider.OPENAI, "gpt-test", Secret.of(configured ? "sk-test" : ""), ThinkingLevel.OFF, "", Optional.empty());
    return new ActiveModel(LlmProvider.OPENAI, configured, endpoint);
  }
}
