package dev.akmatori.adapter.llm.provider.openai;

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
 * {@link ChatModel} over the Chat Completions API, for {@code openai}, {@code openrouter} and {@code
 * custom} OpenAI-compatible servers (contract §5.9). Stateless and thread-safe; retries, timeouts
 * and the proxy live in the {@link HttpTransport} it is given.
 */
public final class OpenAiChatModel implements ChatModel {
  private final OpenAiDialect dialect;
  private final HttpTransport transport;

  /**
   * @throws IllegalArgumentException when the endpoint cannot be used (see {@code OpenAiDialect})
   */
  public OpenAiChatModel(ModelEndpoint endpoint, HttpTransport transport) {
    this.dialect = OpenAiDialect.of(endpoint);
    this.transport = Objects.requireNonNull(transport, "transport");
  }

  @Override
  public ChatResponse complete(ChatRequest request, Cancellation cancellation) {
    String body = ChatCompletionsRequest.body(request, dialect).toString();
    Request.Builder http = ProviderCall.jsonPost(new Request.Builder().url(dialect.url()), body);
    dialect.authorization().ifPresent(value -> http.header("Authorization", value));
    HttpReply reply = ProviderCall.send(transport, http.build(), cancellation, dialect.key());
    try {
      return ChatCompletionsReply.read(reply.body());
    } catch (UnusableReplyException e) {
      // OpenRouter reports some upstream failures as a 200 carrying an error object.
      throw ProviderErrors.messageOf(reply.body()).isPresent()
          ? ProviderErrors.fromReply(reply, dialect.key())
          : ProviderErrors.unusable(reply, e.getMessage(), dialect.key());
    }
  }

  @Override
  public String toString() {
    return "OpenAiChatModel[provider=" + dialect.provider().wireName() + ", model=" + dialect.model()
        + ", url=" + dialect.url() + ", key=" + dialect.key().masked() + "]";
  }
}
