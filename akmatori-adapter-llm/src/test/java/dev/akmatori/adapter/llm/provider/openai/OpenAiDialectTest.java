package dev.akmatori.adapter.llm.provider.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.adapter.llm.testing.TestEndpoints;
import dev.akmatori.application.model.ModelEndpoint;
import dev.akmatori.domain.settings.LlmProvider;
import dev.akmatori.domain.settings.ThinkingLevel;
import dev.akmatori.domain.shared.Secret;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class OpenAiDialectTest {
  private static String url(LlmProvider provider, String baseUrl) {
    return OpenAiDialect.of(TestEndpoints.of(provider, baseUrl)).url().toString();
  }

  @Test
  void anEmptyBaseUrl_meansTheProvidersPublicEndpoint() {
    assertThat(url(LlmProvider.OPENAI, "")).isEqualTo("https://api.openai.com/v1/chat/completions");
    assertThat(url(LlmProvider.OPENROUTER, "")).isEqualTo("https://openrouter.ai/api/v1/chat/completions");
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
    "OPENAI,     https://llm-gw.corp/v1,        https://llm-gw.corp/v1/chat/completions",
    "OPENROUTER, https://openrouter.ai/api/v1,  https://openrouter.ai/api/v1/chat/completions",
    "CUSTOM,     http://vllm.internal:8000/v1,  http://vllm.internal:8000/v1/chat/completions",
    "CUSTOM,     http://vllm.internal:8000/v1/, http://vllm.internal:8000/v1/chat/completions",
    "OPENAI,     https://llm-gw.corp/v1/,       https://llm-gw.corp/v1/chat/completions"
  })
  void theBaseUrlExamplesOfTheContract_giveItsRequestUrls(LlmProvider provider, String base, String expected) {
    assertThat(url(provider, base)).isEqualTo(expected);
  }

  @Test
  void customWithoutBaseUrl_cannotBeUsed() {
    assertThatThrownBy(() -> url(LlmProvider.CUSTOM, ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("custom: base_url is required");
  }

  @Test
  void aBaseUrlThatIsNotAbsoluteHttp_cannotBeUsed() {
    assertThatThrownBy(() -> url(LlmProvider.CUSTOM, "vllm.internal:8000/v1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("absolute http or https URL");
    assertThatThrownBy(() -> url(LlmProvider.OPENAI, "ftp://llm-gw.corp/v1"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anthropicAndGoogle_doNotSpeakChatCompletions() {
    assertThatThrownBy(() -> url(LlmProvider.ANTHROPIC, "")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> url(LlmProvider.GOOGLE, "https://llm-gw.corp/gemini/v1beta"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anEmptyModel_cannotBeUsed() {
    ModelEndpoint noModel =
        new ModelEndpoint(
            LlmProvider.CUSTOM, " ", Secret.empty(), ThinkingLevel.MEDIUM, "http://vllm.internal:8000/v1", Optional.empty());

    assertThatThrownBy(() -> OpenAiDialect.of(noModel))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("custom: a model is required");
  }

  /** Contract §5.9 thinking table; an empty cell means no {@code reasoning_effort} is sent. */
  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
    "OPENAI,     OFF,     ''",
    "OPENAI,     MINIMAL, minimal",
    "OPENAI,     LOW,     low",
    "OPENAI,     MEDIUM,  medium",
    "OPENAI,     HIGH,    high",
    "OPENAI,     XHIGH,   xhigh",
    "OPENROUTER, OFF,     ''",
    "OPENROUTER, MINIMAL, minimal",
    "OPENROUTER, LOW,     low",
    "OPENROUTER, MEDIUM,  medium",
    "OPENROUTER, HIGH,    high",
    "OPENROUTER, XHIGH,   high",
    "CUSTOM,     OFF,     ''",
    "CUSTOM,     MINIMAL, minimal",
    "CUSTOM,     LOW,     low",
    "CUSTOM,     MEDIUM,  ''",
    "CUSTOM,     HIGH,    high",
    "CUSTOM,     XHIGH,   high"
  })
  void theThinkingLevel_becomesReasoningEffortByTheContractTable(
      LlmProvider provider, ThinkingLevel level, String expected) {
    Optional<String> effort = OpenAiDialect.reasoningEffort(provider, level);

    assertThat(effort).isEqualTo(expected.isEmpty() ? Optional.empty() : Optional.of(expected));
  }

  @Test
  void theKey_isSentAsBearer_andOnlyWhenSet() {
    assertThat(OpenAiDialect.of(TestEndpoints.of(LlmProvider.OPENAI, "")).authorization())
        .contains("Bearer " + TestEndpoints.KEY);
    assertThat(OpenAiDialect.of(TestEndpoints.keyless(LlmProvider.CUSTOM, "http://vllm.internal:8000/v1")).authorization())
        .isEmpty();
  }

  @Test
  void theDialect_printsTheKeyMasked() {
    assertThat(OpenAiDialect.of(TestEndpoints.of(LlmProvider.OPENAI, "")).toString())
        .doesNotContain(TestEndpoints.KEY)
        .contains("****9f3a");
  }
}
