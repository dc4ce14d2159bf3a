package dev.akmatori.adapter.llm.http;

import dev.akmatori.application.model.Cancellation;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.function.DoubleSupplier;
import okhttp3.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retries 429, 5xx and network errors per {@link RetryPolicy}; any other reply goes back as is.
 * When the retries run out, the last reply is returned (or the last network error thrown), so the
 * provider client reports what the server said. A cancellation stops the waiting at once.
 */
final class RetryingTransport implements HttpTransport {
  private static final Logger LOG = LoggerFactory.getLogger(RetryingTransport.class);

  private final HttpTransport delegate;
  private final RetryPolicy policy;
  private final Sleeper sleeper;
  private final Clock clock;
  private final DoubleSupplier random;

  RetryingTransport(
      HttpTransport delegate, RetryPolicy policy, Sleeper sleeper, Clock clock, DoubleSupplier random) {
    this.delegate = delegate;
    this.policy = policy;
    this.sleeper = sleeper;
    this.clock = clock;
    this.random = random;
  }

  @Override
  public HttpReply execute(Request request, Cancellation cancellation) throws IOException {
    for (int retry = 0; ; retry++) {
      HttpReply reply;
      try {
        reply = delegate.execute(request, cancellation);
      } catch (IOException e) {
        if (retry >= policy.maxRetries()) {
          throw e;
        }
        // The message, never the request: it names the host but holds no header.
        wait(request, "network error " + e, policy.backoff(retry, random.getAsDouble()), retry, cancellation);
        continue;
      }
      if (!policy.isRetryable(reply.status()) || retry >= policy.maxRetries()) {
        return reply;
      }
      Duration backoff = policy.backoff(retry, random.getAsDouble());
      Duration delay = RetryAfter.of(reply, clock).map(policy::capped).orElse(backoff);
      wait(request, "status " + reply.status(), delay, retry, cancellation);
    }
  }

  private void wait(Request request, String why, Duration delay, int retry, Cancellation cancellation) {
    LOG.warn(
        "Request to {} failed with {}; retry {} of {} in {} ms",
        request.url().host(), why, retry + 1, policy.maxRetries(), delay.toMillis());
    try {
      sleeper.sleep(delay, cancellation);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw OkHttpTransport.cancelled(e);
    }
    if (cancellation.isCancelled()) {
      throw new CancellationException("model call cancelled");
    }
  }
}
