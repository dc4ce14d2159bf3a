package dev.akmatori.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.adapter.http.testing.TestApi;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The launcher's entry point: start on a port, serve, stop gracefully. */
class HttpServerTest {
  private final HttpClient client = HttpClient.newHttpClient();

  private HttpDependencies deps(dev.akmatori.application.health.DatabaseHealth health) {
    try (TestApi fixture = TestApi.with().health(health).start()) {
      return fixture.deps; // the dependencies outlive the fixture's own server
    }
  }

  private HttpRequest health(int port) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/health")).build();
  }

  @Test
  void startsOnAFreePortServesAndStops() throws Exception {
    HttpServer server = HttpServer.start(deps(timeout -> true), "127.0.0.1", 0);
    int port = server.port();

    HttpResponse<String> r = client.send(health(port), BodyHandlers.ofString());
    server.close();

    assertThat(port).isPositive();
    assertThat(r.statusCode()).isEqualTo(200);
    assertThatThrownBy(() -> HttpClient.newHttpClient().send(health(port), BodyHandlers.ofString()))
        .isInstanceOf(ConnectException.class);
  }

  @Test
  void close_letsARequestInFlightFinish() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    HttpServer server =
        HttpServer.start(
            deps(
                timeout -> {
                  entered.countDown();
                  sleep(700);
                  return true;
                }),
            "127.0.0.1",
            0);
    CompletableFuture<HttpResponse<String>> inFlight =
        client.sendAsync(health(server.port()), BodyHandlers.ofString());
    assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();

    server.close();

    assertThat(inFlight.get(5, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
  }

  @Test
  void takenPort_failsWithAPlainException() {
    HttpDependencies deps = deps(timeout -> true);
    try (HttpServer first = HttpServer.start(deps, "127.0.0.1", 0)) {
      assertThatThrownBy(() -> HttpServer.start(deps, "127.0.0.1", first.port()))
          .isExactlyInstanceOf(IllegalStateException.class)
          .hasMessageContaining("127.0.0.1:" + first.port());
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

}
