package dev.akmatori.adapter.http.settings;

import static dev.akmatori.adapter.http.testing.ErrorAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akmatori.adapter.http.testing.Reply;
import dev.akmatori.adapter.http.testing.TestApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code GET/PUT /api/settings/llm} (contract §3.10.3). */
class LlmSettingsEndpointTest {
  private final TestApi api = TestApi.start();

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void get_onAFreshInstall_showsOpenAiActive_flattenedAndInTheProvidersView() {
    JsonNode s = api.get("/api/settings/llm").json();

    assertThat(SettingsEndpointsTest.fieldNames(s))
        .containsExactly(
            "id", "provider", "api_key", "model", "thinking_level", "base_url", "is_configured", "created_at",
            "updated_at", "active_provider", "providers");
    assertThat(s.get("provider").asText()).isEqualTo("openai");
    assertThat(s.get("active_provider").asText()).isEqualTo("openai");
    assertThat(s.get("model").asText()).isEqualTo("gpt-5.5");
    assertThat(s.get("thinking_level").asText()).isEqualTo("medium");
    assertThat(s.get("api_key").asText()).isEmpty();
    assertThat(s.get("is_configured").asBoolean()).isFalse();
    JsonNode providers = s.get("providers");
    assertThat(SettingsEndpointsTest.fieldNames(providers)).containsExactly("openai", "anthropic", "google", "openrouter", "custom");
    assertThat(SettingsEndpointsTest.fieldNames(providers.get("google")))
        .containsExactly("api_key", "model", "thinking_level", "base_url", "is_configured");
    assertThat(providers.get("anthropic").get("model").asText()).isEqualTo("claude-sonnet-4-6");
    assertThat(providers.get("google").get("model").asText()).isEqualTo("gemini-3-pro-preview");
    assertThat(providers.get("openrouter").get("model").asText()).isEqualTo("openai/gpt-5.5");
    assertThat(providers.get("custom").get("model").asText()).isEmpty();
  }

  @Test
  void put_updatesThatProvider_makesItActive_andAnswersBothViews() {
    Reply r = api.put("/api/settings/llm",
        "{\"provider\":\"anthropic\",\"api_key\":\"sk-ant-api03-9f3a\",\"model\":\"claude-opus\",\"thinking_level\":\"high\"}");

    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    JsonNode s = r.json();
    assertThat(s.get("provider").asText()).isEqualTo("anthropic");
    assertThat(s.get("active_provider").asText()).isEqualTo("anthropic");
    assertThat(s.get("api_key").asText()).isEqualTo("****9f3a");
    assertThat(s.get("model").asText()).isEqualTo("claude-opus");
    assertThat(s.get("thinking_level").asText()).isEqualTo("high");
    assertThat(s.get("is_configured").asBoolean()).isTrue();
    assertThat(s.get("id").asLong()).isEqualTo(2);
    assertThat(s.get("providers").get("anthropic").get("api_key").asText()).isEqualTo("****9f3a");
    assertThat(s.get("providers").get("openai").get("is_configured").asBoolean()).isFalse();
    assertThat(api.get("/api/settings/llm").json()).isEqualTo(s);
  }

  @Test
  void put_echoKeepsTheKey_emptyClearsIt_andOtherProvidersKeepTheirs() {
    api.put("/api/settings/llm", "{\"provider\":\"openai\",\"api_key\":\"sk-abc123xyz\"}");
    api.put("/api/settings/llm", "{\"provider\":\"google\",\"api_key\":\"AIza-google\"}");

    JsonNode echoed = api.put("/api/settings/llm", "{\"provider\":\"openai\",\"api_key\":\"****3xyz\"}").json();
    JsonNode cleared = api.put("/api/settings/llm", "{\"provider\":\"openai\",\"api_key\":\"\"}").json();

    assertThat(echoed.get("api_key").asText()).isEqualTo("****3xyz");
    assertThat(cleared.get("api_key").asText()).isEmpty();
    assertThat(cleared.get("providers").get("google").get("api_key").asText()).isEqualTo("****ogle");
  }

  @Test
  void custom_isConfiguredByBaseUrlAndModel_withoutAKey() {
    JsonNode s =
        api.put("/api/settings/llm", "{\"provider\":\"custom\",\"model\":\"llama-3\",\"base_url\":\"http://vllm.internal:8000/v1\"}").json();

    assertThat(s.get("is_configured").asBoolean()).isTrue();
    assertThat(s.get("base_url").asText()).isEqualTo("http://vllm.internal:8000/v1");
  }

  @Test
  void put_requiresAProvider() {
    Reply r = api.put("/api/settings/llm", "{\"model\":\"x\"}");

    assertError(r, 400, "validation_error");
    assertThat(r.json().get("details").get("provider").asText()).isEqualTo("is required");
  }

  @Test
  void put_reportsEveryBadField_withTheContractMessages() {
    Reply r = api.put("/api/settings/llm",
        "{\"provider\":\"azure\",\"model\":\"" + "m".repeat(101) + "\",\"thinking_level\":\"max\",\"base_url\":\"gw.local\"}");

    assertError(r, 400, "validation_error");
    JsonNode d = r.json().get("details");
    assertThat(d.get("provider").asText()).isEqualTo("must be one of openai, anthropic, google, openrouter, custom");
    assertThat(d.get("model").asText()).isEqualTo("must be at most 100 characters");
    assertThat(d.get("thinking_level").asText()).isEqualTo("must be one of off, minimal, low, medium, high, xhigh");
    assertThat(d.get("base_url").asText()).isEqualTo("must be a valid HTTP or HTTPS URL");
    assertThat(api.get("/api/settings/llm").json().get("active_provider").asText()).isEqualTo("openai");
  }

  @Test
  void put_wrongTypes_areValidationErrors() {
    Reply r = api.put("/api/settings/llm", "{\"provider\":1,\"api_key\":true}");

    assertError(r, 400, "validation_error");
    assertThat(r.json().get("details").get("provider").asText()).isEqualTo("must be a string");
    assertThat(r.json().get("details").get("api_key").asText()).isEqualTo("must be a string");
  }
}
