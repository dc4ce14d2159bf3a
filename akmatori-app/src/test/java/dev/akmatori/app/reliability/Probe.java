package dev.akmatori.app.reliability;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Sends requests to the server under test, byte for byte as built (the path is not normalised, no
 * header is added but {@code Host}, {@code Content-Length} or chunking), and bounds each one: no
 * answer within {@link #DEADLINE} fails the case as a hang. The deadline is generous because the
 * build machine is shared.
 */
final class Probe {
  static final Duration DEADLINE = Duration.ofSeconds(30);

  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
  private final String base;

  Probe(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  /** A request for {@code pathAndQuery} exactly as written (it must already be URL-encoded). */
  HttpRequest.Builder request(String method, String pathAndQuery, BodyPublisher body) {
    return HttpRequest.newBuilder(URI.create(base + pathAndQuery)).method(method, body).timeout(DEADLINE);
  }

  HttpRequest.Builder request(String method, String pathAndQuery) {
    return request(method, pathAndQuery, BodyPublishers.noBody());
  }

  /** A body of unknown length, which the client sends chunked. */
  static BodyPublisher chunked(Supplier<InputStream> body) {
    return BodyPublishers.ofInputStream(body);
  }

  Answer send(HttpRequest.Builder request) {
    CompletableFuture<java.net.http.HttpResponse<byte[]>> pending =
        client.sendAsync(request.build(), BodyHandlers.ofByteArray());
    try {
      var response = pending.get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
      return new Answer(response.statusCode(), response.headers().map(), response.body());
    } catch (TimeoutException hang) {
      pending.cancel(true);
      throw new AssertionError("no complete answer within " + DEADLINE + " (a hang)", hang);
    } catch (ExecutionException e) {
      throw new AssertionError("the exchange failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }
}
