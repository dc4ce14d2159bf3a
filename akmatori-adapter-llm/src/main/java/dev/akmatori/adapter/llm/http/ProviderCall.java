package dev.akmatori.adapter.llm.http;

import dev.akmatori.application.model.Cancellation;
import dev.akmatori.domain.shared.Secret;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * The one way every provider client sends its request: a JSON POST through the (retrying)
 * transport, where no reply and a non-2xx reply both become a {@code ModelCallException} with the
 * key scrubbed. What is left for the client is reading a 2xx body.
 */
public final class ProviderCall {
  private static final MediaType JSON = MediaType.get("application/json");

  private ProviderCall() {}

  /**
   * A POST of {@code json} with {@code Content-Type: application/json} (UTF-8 is JSON's only
   * encoding, so no charset parameter is added).
   */
  public static Request.Builder jsonPost(Request.Builder request, String json) {
    return request.post(RequestBody.create(json.getBytes(StandardCharsets.UTF_8), JSON));
  }

  /**
   * Sends {@code request} and answers the 2xx reply.
   *
   * @throws dev.akmatori.application.model.ModelCallException for a non-2xx reply (status and the
   *     provider's message) or no reply at all (status 0), after the transport's retries
   * @throws java.util.concurrent.CancellationException when {@code cancellation} fired
   */
  public static HttpReply send(
      HttpTransport transport, Request request, Cancellation cancellation, Secret key) {
    HttpReply reply;
    try {
      reply = transport.execute(request, cancellation);
    } catch (IOException e) {
      throw ProviderErrors.fromNetwork(e, key);
    }
    if (!reply.isSuccessful()) {
      throw ProviderErrors.fromReply(reply, key);
    }
    return reply;
  }
}
