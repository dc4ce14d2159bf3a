package dev.akmatori.adapter.llm.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.adapter.llm.testing.TestCancellation;
import dev.akmatori.adapter.llm.testing.TestServers;
import dev.akmatori.application.model.Cancellation;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OkHttpTransportTest {
  private final MockWebServer server = new MockWebServer();
  private final OkHttpTransport transport = new OkHttpTransport(ModelTransports.defaultClient());

  @BeforeEach
  void start() throws IOException {
    TestServers.start(server);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Request post() {
    return new Request.Builder()
        .url(server.url("/v1/chat/completions"))
        .post(RequestBody.create("{}", MediaType.get("application/json")))
        .build();
  }

  @Test
  void anyStatus_comesBackAsAReply_withHeadersAndTheWholeBody() throws IOException {
    server.enqueue(
        new MockResponse.Builder().code(503).addHeader("Retry-After", "2").body("overloaded").build());

    HttpReply reply = transport.execute(post(), Cancellation.NONE);

    assertThat(reply.status()).isEqualTo(503);
    assertThat(reply.header("retry-after")).contains("2");
    assertThat(reply.body()).isEqualTo("overloaded");
  }

  /**
   * Bounds on elapsed time leave a loaded CI machine (2 cores, load 20) seconds of slack, and the
   * behaviour they rule out takes far longer still, so they tell the two apart without racing.
   */
  private static final Duration QUICK = Duration.ofSeconds(20);

  @Test
  void cancellingMidRequest_abandonsTheCallQuickly() throws Exception {
    server.enqueue(
        new MockResponse.Builder().body("{}").headersDelay(120, TimeUnit.SECONDS).build());
    TestCancellation cancellation = new TestCancellation();
    Thread canceller =
        new Thread(
            () -> {
              try {
                server.takeRequest(30, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              cancellation.cancel();
            });
    canceller.start();
    long started = System.nanoTime();

    assertThatThrownBy(() -> transport.execute(post(), cancellation))
        .isInstanceOf(CancellationException.class);

    assertThat(Duration.ofNanos(System.nanoTime() - started)).as("not the 120 s the headers take").isLessThan(QUICK);
    canceller.join();
  }

  @Test
  void aCallTimeout_isANetworkError_notACancellation() {
    server.enqueue(new MockResponse.Builder().body("{}").headersDelay(120, TimeUnit.SECONDS).build());
    OkHttpTransport impatient =
        new OkHttpTransport(
            ModelTransports.defaultClient().newBuilder().callTimeout(Duration.ofMillis(200)).build());

    assertThatThrownBy(() -> impatient.execute(post(), new TestCancellation()))
        .isInstanceOf(IOException.class)
        .isNotInstanceOf(CancellationException.class);
  }

  @Test
  void anAlreadyCancelledRun_sendsNothing() {
    TestCancellation cancellation = new TestCancellation();
    cancellation.cancel();

    assertThatThrownBy(() -> transport.execute(post(), cancellation))
        .isInstanceOf(CancellationException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aRefusedConnection_isAnIOException() {
    Request nowhere = new Request.Builder().url("http://127.0.0.1:1/v1/chat/completions").build();

    assertThatThrownBy(() -> transport.execute(nowhere, Cancellation.NONE)).isInstanceOf(IOException.class);
  }

  @Test
  void theRealSleeper_wakesUpAsSoonAsTheRunIsCancelled() throws InterruptedException {
    TestCancellation cancellation = new TestCancellation();
    Thread canceller = new Thread(cancellation::cancel);
    long started = System.nanoTime();
    canceller.start();

    Sleeper.cancellable().sleep(Duration.ofSeconds(120), cancellation);

    assertThat(Duration.ofNanos(System.nanoTime() - started)).as("not the 120 s sleep").isLessThan(QUICK);
    canceller.join();
  }

  @Test
  void theRealSleeper_waitsTheWholeDurationOtherwise() throws InterruptedException {
    long started = System.nanoTime();

    Sleeper.cancellable().sleep(Duration.ofMillis(50), Cancellation.NONE);

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(50));
  }
}
