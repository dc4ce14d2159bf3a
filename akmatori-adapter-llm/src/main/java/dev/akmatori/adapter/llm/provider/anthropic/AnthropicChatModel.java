package dev.akmatori.adapter.llm.provider.anthropic;

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
 * {@link ChatModel} over Anthropic's Messages API (contract §5.9), thinking blocks sent back
 * verbatim. Stateless and thread-safe; retries (429, 5xx including 529 overloaded), timeouts and the
 * proxy live in the {@link HttpTransport} it is given.
 */
public final class AnthropicChatModel implements ChatModel {
  private final AnthropicEndpoint endpoint;
  private final HttpTransport transport;

  /**
   * @throws IllegalArgumentException when the endpoint has no model or an unusable base URL
   */
  public AnthropicChatModel(ModelEndpoint endpoint, HttpTransport transport) {
    this.endpoint = AnthropicEndpoint.of(endpoint);
    this.transport = Objects.requireNonNull(transport, "transport");
  }

  @Override
  public ChatResponse complete(ChatRequest request, Cancellation cancellation) {
    String body = MessagesRequest.body(request, endpoint).toString();
    Request.Builder http =
        ProviderCall.jsonPost(new Request.Builder().url(endpoint.url()), body)
            .header("anthropic-version", AnthropicEndpoint.API_VERSION);
    if (!endpoint.key().isEmpty()) {
      http.header("x-api-key", endpoint.key().reveal());
    }
    HttpReply reply = ProviderCall.send(transport, http.build(), cancellation, endpoint.key());
    try {
      return MessagesReply.read(reply.body());
    } catch (UnusableReplyException e) {
      throw ProviderErrors.messageOf(reply.body()).isPresent()
          ? ProviderErrors.fromReply(reply, endpoint.key())
          : ProviderErrors.unusable(reply, e.getMessage(), endpoint.key());
    }
  }

  @Override
  public String toString() {
    return "AnthropicChatModel[model=" + endpoint.model() + ", url=" + endpoint.url()
        + ", key=" + endpoint.key().masked() + "]";
  }
}
