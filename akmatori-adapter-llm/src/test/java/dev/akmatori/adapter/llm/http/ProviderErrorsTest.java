package dev.akmatori.adapter.llm.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.adapter.llm.testing.Fixtures;
import dev.akmatori.application.model.ModelCallException;
import dev.akmatori.domain.shared.Secret;
import java.io.IOException;
import java.net.ConnectException;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

class ProviderErrorsTest {
  private static final Secret KEY = Secret.of("sk-proj-Tq8vZr3LmN0pXw5Yb2Kd7Hs4Jc9f3a");

  private static ModelCallException fromReply(int status, String body) {
    return ProviderErrors.fromReply(new HttpReply(status, Headers.of(), body), KEY);
  }

  @Test
  void anOpenAiErrorBody_givesTheStatusAndTheErrorMessage() {
    ModelCallException e = fromReply(400, Fixtures.read("openai/error-400-invalid-request.json"));

    assertThat(e.status()).isEqualTo(400);
    assertThat(e.getMessage())
        .isEqualTo(
            "LLM request failed: 400 Unsupported value: 'reasoning_effort' does not support 'minimal' with"
                + " this model. Supported values are: 'low', 'medium', and 'high'.");
  }

  @Test
  void aVllmErrorBody_givesItsTopLevelMessage() {
    ModelCallException e = fromReply(400, Fixtures.read("openai/error-vllm-400.json"));

    assertThat(e.getMessage()).startsWith("LLM request failed: 400 This model's maximum context length is 32768");
  }

  @Test
  void aNonJsonBody_givesTheStatusAndAShortTrimmedText() {
    ModelCallException e = fromReply(502, Fixtures.read("openai/error-502-gateway.html"));

    assertThat(e.status()).isEqualTo(502);
    assertThat(e.getMessage())
        .isEqualTo(
            "LLM request failed: 502 <html> <head><title>502 Bad Gateway</title></head> <body> <center><h1>502"
                + " Bad Gateway</h1></center> <hr><center>nginx/1.27.4</center> </body> </html>");
  }

  @Test
  void aLongNonJsonBody_isCutAt200Characters() {
    ModelCallException e = fromReply(500, "x".repeat(5000));

    assertThat(e.getMessage()).hasSize("LLM request failed: 500 ".length() + 200 + 1).endsWith("x…");
  }

  @Test
  void anEmptyBody_saysSo() {
    assertThat(fromReply(503, "").getMessage()).isEqualTo("LLM request failed: 503 no response body");
  }

  @Test
  void anErrorGivenAsAString_orWithoutMessage_isStillReadable() {
    assertThat(fromReply(401, "{\"error\":\"Unauthorized\"}").getMessage())
        .isEqualTo("LLM request failed: 401 Unauthorized");
    assertThat(fromReply(429, "{\"error\":{\"type\":\"rate_limit_error\"}}").getMessage())
        .isEqualTo("LLM request failed: 429 rate_limit_error");
  }

  @Test
  void theKey_isScrubbedFromAServerThatEchoesIt() {
    String echo = "{\"error\":{\"message\":\"bad header: Bearer " + KEY.reveal() + "\"}}";

    ModelCallException json = fromReply(401, echo);
    ModelCallException text = fromReply(401, "Authorization: Bearer " + KEY.reveal() + " rejected");

    assertThat(json.getMessage()).doesNotContain(KEY.reveal()).contains("Bearer ****9f3a");
    assertThat(text.getMessage()).doesNotContain(KEY.reveal()).contains("Bearer ****9f3a");
  }

  @Test
  void aNetworkFailure_hasStatusZero_andSaysWhatWentWrong() {
    IOException failure = new ConnectException("Failed to connect to vllm.internal/10.0.0.7:8000");

    ModelCallException e = ProviderErrors.fromNetwork(failure, KEY);

    assertThat(e.status()).isZero();
    assertThat(e.getMessage())
        .isEqualTo(
            "LLM request failed: network error ConnectException: Failed to connect to vllm.internal/10.0.0.7:8000");
    assertThat(e.getCause()).isSameAs(failure);
  }
}
