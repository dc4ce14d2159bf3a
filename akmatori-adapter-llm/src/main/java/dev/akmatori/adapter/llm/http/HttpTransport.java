package dev.akmatori.adapter.llm.http;

import dev.akmatori.application.model.Cancellation;
import java.io.IOException;
import okhttp3.Request;

/**
 * The one-method seam between a provider client and the network: sends a request and answers the
 * whole reply. Decorators (retries) wrap it; tests swap it for a script.
 */
@FunctionalInterface
public interface HttpTransport {
  /**
   * Executes {@code request} and reads the whole body. Thread-safe.
   *
   * @return the reply, whatever its status (non-2xx replies are not exceptions here)
   * @throws IOException when no reply arrived (connect failure, timeout, reset); retryable
   * @throws java.util.concurrent.CancellationException when {@code cancellation} fired; the HTTP
   *     call is abandoned and nothing is retried
   */
  HttpReply execute(Request request, Cancellation cancellation) throws IOException;
}
