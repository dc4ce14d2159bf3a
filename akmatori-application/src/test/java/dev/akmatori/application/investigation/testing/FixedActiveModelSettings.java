package dev.akmatori.application.investigation.testing;

import dev.akmatori.application.model.ActiveModelSettings;
import dev.akmatori.application.model.ModelEndpoint;
import dev.akmatori.domain.settings.LlmProvider;
import dev.akmatori.domain.settings.ThinkingLevel;
import dev.akmatori.domain.shared.Secret;
import java.util.Optional;

/** {@link ActiveModelSettings} with a fixed answer: a configured provider or an unconfigured one. */
public final class FixedActiveModelSettings implements ActiveModelSettings {
  private volatile ActiveModel active;

  private FixedActiveModelSettings(ActiveModel active) {
    this.active = active;
  }

  /** OpenAI with model {@code gpt-test} and {@code apiKey}. */
  public static FixedActiveModelSettings configured(String apiKey) {
    return new FixedActiveModelSettings(new ActiveModel(LlmProvider.OPENAI, true, endpoint(apiKey)));
  }

  public static FixedActiveModelSettings notConfigured(LlmProvider provider) {
    return new FixedActiveModelSettings(new ActiveModel(provider, false,
        new ModelEndpoint(provider, "", Secret.empty(), ThinkingLevel.MEDIUM, "", Optional.empty())));
  }

  private static ModelEndpoint endpoint(String apiKey) {
    return new ModelEndpoint(LlmProvider.OPENAI, "gpt-test", Secret.of(apiKey), ThinkingLevel.MEDIUM, "",
        Optional.empty());
  }

  @Override
  public ActiveModel active() {
    return active;
  }
}
