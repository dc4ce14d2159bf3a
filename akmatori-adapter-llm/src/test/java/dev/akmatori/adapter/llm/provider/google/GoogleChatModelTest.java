package dev.akmatori.adapter.llm.provider.google;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akmatori.adapter.llm.testing.Bodies;
import dev.akmatori.adapter.llm.testing.Incidents;
import dev.akmatori.adapter.llm.testing.ProviderServer;
import dev.akmatori.adapter.llm.testing.RecordingSleeper;
import dev.akmatori.adapter.llm.testing.TestEndpoints;
import dev.akmatori.application.model.Cancellation;
import dev.akmatori.application.model.ChatModel;
import dev.akmatori.application.model.ChatResponse;
import dev.akmatori.application.model.ChatResponse.StopReason;
import dev.akmatori.application.model.ModelCallException;
import dev.akmatori.domain.settings.LlmProvider;
import dev.akmatori.domain.settings.ThinkingLevel;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Gemini client over real HTTP: MockWebServer plays generateContent replies. */
class GoogleChatModelTest {
  @RegisterExtension final ProviderServer provider = new ProviderServer("google", "application/json; charset=UTF-8");
  private final MockWebServer server = provider.server();
  private final RecordingSleeper sleeper = provider.sleeper();
  private ChatModel model;

  @BeforeEach
  void start() {
    String base = provider.url("/gemini/v1beta");
    model =
        new GoogleChatModel(
            TestEndpoints.of(LlmProvider.GOOGLE, "gemini-3-pro-preview", base, ThinkingLevel.HIGH),
            provider.transport());
  }

  private ModelCallException failure() {
    return catchThrowableOfType(
        ModelCallException.class, () -> model.complete(Incidents.question("why?"), Cancellation.NONE));
  }

  @Test
  void aRequest_travelsOverHttp_toGenerateContentOfTheModel_withTheGoogApiKey() throws InterruptedException {
    provider.reply(200, "generate-answer.json");

    ChatResponse response = model.complete(Incidents.opening(), Cancellation.NONE);

    assertThat(response.stopReason()).isEqualTo(StopReason.END_TURN);
    RecordedRequest seen = server.takeRequest(1, TimeUnit.SECONDS);
    assertThat(seen.getMethod()).isEqualTo("POST");
    assertThat(seen.getTarget()).isEqualTo("/gemini/v1beta/models/gemini-3-pro-preview:generateContent");
    assertThat(seen.getHeaders().get("x-goog-api-key")).isEqualTo(TestEndpoints.KEY);
    assertThat(seen.getHeaders().get("Content-Type")).isEqualTo("application/json");
  }

  @Test
  void twoSignedFunctionCalls_goBackUnchangedInTheNextRequest_andTheirResultsShareOneUserTurn()
      throws InterruptedException {
    provider.reply(200, "generate-two-function-calls.json");
    provider.reply(200, "generate-answer.json");

    ChatResponse first = model.complete(Incidents.opening(), Cancellation.NONE);
    ChatResponse second =
        model.complete(Incidents.answered(Incidents.opening(), first, Incidents.DF_OUTPUT, "{\"results\":[]}"), Cancellation.NONE);

    assertThat(first.toolCalls()).hasSize(2);
    assertThat(second.text()).startsWith("The disk on db-01");
    provider.nextBody();
    JsonNode contents = provider.nextBody().path("contents");
    JsonNode recorded =
        Bodies.fixture("google/generate-two-function-calls.json").path("candidates").path(0).path("content").path("parts");
    assertThat(contents.path(1).path("role").asText()).isEqualTo("model");
    assertThat(contents.path(1).path("parts")).containsExactly(recorded.get(1), recorded.get(2));
    assertThat(contents.path(1).path("parts").path(0).path("thoughtSignature").asText()).startsWith("CtsCAdHtim9Tq0bC4RLm");
    assertThat(contents.path(2).path("parts")).extracting(p -> p.path("functionResponse").path("name").asText())
        .containsExactly("ssh_execute_command", "search_runbooks");
  }

  @Test
  void a429WithRetryAfter_isRetriedAfterThatWait_thenSucceeds() {
    provider.reply(429, "error-429-resource-exhausted.json", "Retry-After", "7");
    provider.reply(200, "generate-function-call.json");

    ChatResponse response = model.complete(Incidents.opening(), Cancellation.NONE);

    assertThat(response.toolCalls()).extracting(c -> c.name()).containsExactly("ssh_execute_command");
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void aPromptBlockedBySafetyFilters_failsAtOnce_namingTheReason() {
    provider.reply(200, "generate-prompt-blocked.json");

    ModelCallException e = failure();

    assertThat(e.getMessage()).isEqualTo("LLM request failed: 200 prompt blocked by safety filter: SAFETY");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void anAnswerStoppedBySafetyBeforeAnyContent_failsAtOnce_namingTheReason() {
    provider.reply(200, "generate-safety-finish.json");

    assertThat(failure().getMessage()).isEqualTo("LLM request failed: 200 response blocked by safety filter: SAFETY");
  }

  @Test
  void aRejectedSchema_failsAtOnce_withGeminisMessage() {
    provider.reply(400, "error-400-invalid-argument.json");

    ModelCallException e = failure();

    assertThat(e.status()).isEqualTo(400);
    assertThat(e.getMessage())
        .isEqualTo("LLM request failed: 400 * GenerateContentRequest.tools[0].function_declarations[7].parameters"
            + ".properties[arguments].properties: should be non-empty for OBJECT type");
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void anInvalidKey_failsWithGeminisMessage_andNeverShowsTheKey() {
    provider.reply(400, "error-400-api-key-invalid.json");

    assertThat(failure().getMessage())
        .isEqualTo("LLM request failed: 400 API key not valid. Please pass a valid API key.")
        .doesNotContain(TestEndpoints.KEY);
  }

  @Test
  void theModel_printsItsEndpoint_withTheKeyMasked() {
    assertThat(model.toString())
        .contains("model=gemini-3-pro-preview", "/gemini/v1beta/models/gemini-3-pro-preview:generateContent", "key=****9f3a")
        .doesNotContain(TestEndpoints.KEY);
  }
}
