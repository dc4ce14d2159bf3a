package dev.akmatori.adapter.llm.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.adapter.llm.http.ModelTransports;
import dev.akmatori.adapter.llm.http.RetryPolicy;
import dev.akmatori.adapter.llm.provider.anthropic.AnthropicChatModel;
import dev.akmatori.adapter.llm.provider.google.GoogleChatModel;
import dev.akmatori.adapter.llm.provider.openai.OpenAiChatModel;
import dev.akmatori.adapter.llm.testing.Fixtures;
import dev.akmatori.adapter.llm.testing.RecordingSleeper;
import dev.akmatori.adapter.llm.testing.TestEndpoints;
import dev.akmatori.adapter.llm.testing.TestServers;
import dev.akmatori.application.model.Cancellation;
import dev.akmatori.application.model.ChatMessage;
import dev.akmatori.application.model.ChatModel;
import dev.akmatori.application.model.ChatRequest;
import dev.akmatori.application.model.ModelEndpoint.ProxyRoute;
import dev.akmatori.domain.settings.LlmProvider;
import dev.akmatori.domain.settings.ThinkingLevel;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProviderChatModelFactoryTest {
  private static final ChatRequest HELLO = new ChatRequest("", List.of(ChatMessage.user("hello")), List.of(), 0);

  private final MockWebServer origin = new MockWebServer();
  private final MockWebServer proxy = new MockWebServer();
  private final ProviderChatModelFactory factory =
      new ProviderChatModelFactory(
          new ModelTransports(
              ModelTransports.defaultClient(), RetryPolicy.DEFAULT, new RecordingSleeper(), Clock.systemUTC(), () -> 0));

  @BeforeEach
  void start() throws IOException {
    TestServers.start(origin, proxy);
  }

  @AfterEach
  void stop() {
    origin.close();
    proxy.close();
  }

  private static MockResponse answer() {
    return new MockResponse.Builder().body(Fixtures.read("openai/chat-plain-answer.json")).build();
  }

  @Test
  void openaiOpenrouterAndCustom_getTheChatCompletionsModel() {
    assertThat(factory.create(TestEndpoints.of(LlmProvider.OPENAI, ""))).isInstanceOf(OpenAiChatModel.class)
        .hasToString("OpenAiChatModel[provider=openai, model=gpt-5.5, url=https://api.openai.com/v1/chat/completions, key=****9f3a]");
    assertThat(factory.create(TestEndpoints.of(LlmProvider.OPENROUTER, "")).toString())
        .contains("provider=openrouter", "https://openrouter.ai/api/v1/chat/completions");
    assertThat(factory.create(TestEndpoints.of(LlmProvider.CUSTOM, "http://vllm.internal:8000/v1")).toString())
        .contains("provider=custom", "http://vllm.internal:8000/v1/chat/completions");
  }

  @Test
  void anthropic_getsTheMessagesModel_atItsPublicEndpoint() {
    assertThat(factory.create(TestEndpoints.of(LlmProvider.ANTHROPIC, "claude-sonnet-4-6", "", ThinkingLevel.MEDIUM)))
        .isInstanceOf(AnthropicChatModel.class)
        .hasToString("AnthropicChatModel[model=claude-sonnet-4-6, url=https://api.anthropic.com/v1/messages, key=****9f3a]");
  }

  @Test
  void google_getsTheGenerateContentModel_atItsPublicEndpoint() {
    assertThat(factory.create(TestEndpoints.of(LlmProvider.GOOGLE, "gemini-3-pro-preview", "", ThinkingLevel.MEDIUM)))
        .isInstanceOf(GoogleChatModel.class)
        .hasToString("GoogleChatModel[model=gemini-3-pro-preview, url=https://generativelanguage.googleapis.com"
            + "/v1beta/models/gemini-3-pro-preview:generateContent, key=****9f3a]");
  }

  @Test
  void everyProviderOfTheContract_hasAModel() {
    for (LlmProvider provider : LlmProvider.values()) {
      String base = provider == LlmProvider.CUSTOM ? "http://vllm.internal:8000/v1" : "";
      assertThat(factory.create(TestEndpoints.of(provider, base))).as(provider.wireName()).isNotNull();
    }
  }

  @Test
  void customWithoutBaseUrl_isRejected() {
    assertThatThrownBy(() -> factory.create(TestEndpoints.of(LlmProvider.CUSTOM, "")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("custom: base_url is required");
  }

  @Test
  void withAProxy_theModelCallGoesThroughIt_toTheContractsCustomExampleUrl() throws InterruptedException {
    proxy.enqueue(answer());
    ProxyRoute route = new ProxyRoute("http://localhost:" + proxy.getPort(), "localhost,.corp");
    ChatModel model = factory.create(TestEndpoints.proxied(LlmProvider.CUSTOM, "http://vllm.internal:8000/v1", route));

    assertThat(model.complete(HELLO, Cancellation.NONE).text()).startsWith("The disk on db-01");

    RecordedRequest seen = proxy.takeRequest(1, TimeUnit.SECONDS);
    assertThat(seen.getTarget()).isEqualTo("http://vllm.internal:8000/v1/chat/completions");
    assertThat(seen.getHeaders().get("Authorization")).isEqualTo("Bearer " + TestEndpoints.KEY);
    assertThat(origin.getRequestCount()).isZero();
  }

  @Test
  void withAProxy_aHostInNoProxy_isCalledDirectly() throws InterruptedException {
    origin.enqueue(answer());
    ProxyRoute route = new ProxyRoute("http://localhost:" + proxy.getPort(), "127.0.0.1, localhost");
    String base = "http://localhost:" + origin.getPort() + "/v1";
    ChatModel model = factory.create(TestEndpoints.proxied(LlmProvider.CUSTOM, base, route));

    assertThat(model.complete(HELLO, Cancellation.NONE).text()).startsWith("The disk on db-01");

    assertThat(origin.takeRequest(1, TimeUnit.SECONDS).getTarget()).isEqualTo("/v1/chat/completions");
    assertThat(proxy.getRequestCount()).isZero();
  }
}
