package dev.akmatori.adapter.llm.provider.google;

import dev.akmatori.adapter.llm.http.HttpReply;
import dev.akmatori.adapter.llm.http.HttpTransport;
import dev.akmatori.adapter.llm.http.ProviderCall;
import dev.akmatori.adapter.llm.http.ProviderErrors;
import dev.akmatori.adapter.llm.http.UnusableReplyException;
import dev.akmatori.application.model.Cancellation;
import dev.akmatori.application.model.ChatModel;
import dev.akmatori.application.model.ChatRequest;
import dev.akmatori.application.model.ChatResponse;
import dev.akmatori.application.model.ModelEndpoint;
import java.util.Objects;
import okhttp3.Request;

/**
 * {@link ChatModel} over Gemini's {@code generateContent} (contract §5.9), parts with thought
 * signatures sent back unchanged. Stateless and thread-safe; retries (429, 5xx), timeouts and the
 * proxy live in the {@link HttpTransport} it is given. A prompt or answer blocked by Gemini's safety
 * filters is a {@code ModelCallException} naming the filter's reason.
 */
public final class GoogleChatModel implements ChatModel {
  private final GeminiEndpoint endpoint;
  private final HttpTransport transport;

  /**
   * @throws IllegalArgumentException when the endpoint has no model or an unusable base URL
   */
  public GoogleChatModel(ModelEndpoint endpoint, HttpTransport transport) {
    this.endpoint = GeminiEndpoint.of(endpoint);
    this.transport = Objects.requireNonNull(transport, "transport");
  }

  @Override
  public ChatResponse complete(ChatRequest request, Cancellation cancellation) {
    String body = GenerateContentRequest.body(request, endpoint).toString();
    Request.Builder http = ProviderCall.jsonPost(new Request.Builder().url(endpoint.url()), body);
    if (!endpoint.key().isEmpty()) {
      http.header("x-goog-api-key", endpoint.key().reveal());
    }
    HttpReply reply = ProviderCall.send(transport, http.build(), cancellation, endpoint.key());
    // Synthesized call ids continue the conversation's numbering, so they stay unique in a run.
    int callsSoFar = request.messages().stream().mapToInt(m -> m.toolCalls().size()).sum();
    try {
      return GenerateContentReply.read(reply.body(), callsSoFar);
    } catch (UnusableReplyException e) {
      throw ProviderErrors.messageOf(reply.body()).isPresent()
          ? ProviderErrors.fromReply(reply, endpoint.key())
          : ProviderErrors.unusable(reply, e.getMessage(), endpoint.key());
    }
  }

  @Override
  public String toString() {
    return "GoogleChatModel[model=" + endpoint.model() + ", url=" + endpoint.url()
        + ", key=" + endpoint.key().masked() + "]";
  }
}
