package dev.akmatori.adapter.llm.provider;

import dev.akmatori.adapter.llm.http.HttpTransport;
import dev.akmatori.adapter.llm.http.ModelTransports;
import dev.akmatori.adapter.llm.provider.anthropic.AnthropicChatModel;
import dev.akmatori.adapter.llm.provider.google.GoogleChatModel;
import dev.akmatori.adapter.llm.provider.openai.OpenAiChatModel;
import dev.akmatori.application.model.CallLimits;
import dev.akmatori.application.model.ChatModel;
import dev.akmatori.application.model.ChatModelFactory;
import dev.akmatori.application.model.ModelEndpoint;
import dev.akmatori.domain.settings.LlmProvider;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * Builds the {@link ChatModel} of the active provider over one shared HTTP stack: Chat Completions
 * for {@code openai}, {@code openrouter} and {@code custom}, the Messages API for {@code anthropic},
 * {@code generateContent} for {@code google}. (The name predates the last two.)
 */
public final class ProviderChatModelFactory implements ChatModelFactory {
  private final ModelTransports transports;
  private final Map<LlmProvider, BiFunction<ModelEndpoint, HttpTransport, ChatModel>> models =
      new EnumMap<>(LlmProvider.class);

  /** Production wiring: one shared OkHttp client, real retries and waits. */
  public ProviderChatModelFactory() {
    this(new ModelTransports());
  }

  public ProviderChatModelFactory(ModelTransports transports) {
    this.transports = Objects.requireNonNull(transports, "transports");
    // One line per provider.
    models.put(LlmProvider.OPENAI, OpenAiChatModel::new);
    models.put(LlmProvider.OPENROUTER, OpenAiChatModel::new);
    models.put(LlmProvider.CUSTOM, OpenAiChatModel::new);
    models.put(LlmProvider.ANTHROPIC, AnthropicChatModel::new);
    models.put(LlmProvider.GOOGLE, GoogleChatModel::new);
  }

  /**
   * The provider's model over a transport that honours {@code limits} (every provider sends
   * through it, so all five do).
   *
   * @throws IllegalArgumentException for {@code custom} without a base URL, an unusable base or
   *     proxy URL, or no model
   */
  @Override
  public ChatModel create(ModelEndpoint endpoint, CallLimits limits) {
    BiFunction<ModelEndpoint, HttpTransport, ChatModel> model = models.get(endpoint.provider());
    if (model == null) {
      throw new IllegalArgumentException(
          "LLM provider " + endpoint.provider().wireName() + " is not supported yet");
    }
    return model.apply(endpoint, transports.forRoute(endpoint.proxy(), limits));
  }
}
