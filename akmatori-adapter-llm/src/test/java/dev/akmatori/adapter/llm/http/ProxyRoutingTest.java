package dev.akmatori.adapter.llm.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.adapter.llm.testing.RecordingSleeper;
import dev.akmatori.adapter.llm.testing.TestServers;
import dev.akmatori.application.model.Cancellation;
import dev.akmatori.application.model.ModelEndpoint.ProxyRoute;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Credentials;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProxyRoutingTest {
  private final MockWebServer origin = new MockWebServer();
  private final MockWebServer proxy = new MockWebServer();
  private final ModelTransports transports =
      new ModelTransports(
          ModelTransports.defaultClient(), RetryPolicy.DEFAULT, new RecordingSleeper(), Clock.systemUTC(), () -> 0);

  @BeforeEach
  void start() throws IOException {
    TestServers.start(origin, proxy);
  }

  @AfterEach
  void stop() {
    origin.close();
    proxy.close();
  }

  private String proxyUrl(String userInfo) {
    return "http://" + userInfo + "localhost:" + proxy.getPort();
  }

  @Test
  void withAProxy_theRequestGoesToTheProxy_withTheAbsoluteTargetUrl() throws Exception {
    proxy.enqueue(new MockResponse.Builder().body("via proxy").build());
    HttpTransport transport = transports.forRoute(Optional.of(new ProxyRoute(proxyUrl(""), "localhost")));

    HttpReply reply =
        transport.execute(
            new Request.Builder().url("http://vllm.internal:8000/v1/chat/completions").build(),
            Cancellation.NONE);

    assertThat(reply.body()).isEqualTo("via proxy");
    RecordedRequest seen = proxy.takeRequest(1, TimeUnit.SECONDS);
    assertThat(seen.getTarget()).isEqualTo("http://vllm.internal:8000/v1/chat/completions");
    assertThat(origin.getRequestCount()).isZero();
  }

  @Test
  void aProxyWithCredentials_getsBasicAuthInAnswerToIts407() throws Exception {
    proxy.enqueue(
        new MockResponse.Builder().code(407).addHeader("Proxy-Authenticate", "Basic realm=\"corp\"").build());
    proxy.enqueue(new MockResponse.Builder().body("authorised").build());
    HttpTransport transport =
        transports.forRoute(Optional.of(new ProxyRoute(proxyUrl("alice:s%40cret@"), "")));

    HttpReply reply =
        transport.execute(
            new Request.Builder().url("http://llm-gw.corp/v1/chat/completions").build(), Cancellation.NONE);

    assertThat(reply.body()).isEqualTo("authorised");
    assertThat(proxy.takeRequest(1, TimeUnit.SECONDS).getHeaders().get("Proxy-Authorization")).isNull();
    assertThat(proxy.takeRequest(1, TimeUnit.SECONDS).getHeaders().get("Proxy-Authorization"))
        .isEqualTo(Credentials.basic("alice", "s@cret"));
  }

  @Test
  void aHostInNoProxy_isReachedDirectly() throws Exception {
    origin.enqueue(new MockResponse.Builder().body("direct").build());
    HttpTransport transport =
        transports.forRoute(Optional.of(new ProxyRoute(proxyUrl("alice:secret@"), "example.org, localhost")));

    HttpReply reply =
        transport.execute(
            new Request.Builder().url("http://localhost:" + origin.getPort() + "/v1/chat/completions").build(),
            Cancellation.NONE);

    assertThat(reply.body()).isEqualTo("direct");
    assertThat(proxy.getRequestCount()).isZero();
    assertThat(origin.takeRequest(1, TimeUnit.SECONDS).getHeaders().get("Proxy-Authorization")).isNull();
  }

  @Test
  void withoutAProxy_orWithABlankProxyUrl_requestsGoDirect() throws Exception {
    origin.enqueue(new MockResponse.Builder().body("one").build());
    origin.enqueue(new MockResponse.Builder().body("two").build());
    Request request = new Request.Builder().url(origin.url("/v1/chat/completions")).build();

    assertThat(transports.forRoute(Optional.empty()).execute(request, Cancellation.NONE).body()).isEqualTo("one");
    assertThat(
            transports.forRoute(Optional.of(new ProxyRoute(" ", ""))).execute(request, Cancellation.NONE).body())
        .isEqualTo("two");
    assertThat(proxy.getRequestCount()).isZero();
  }

  @Test
  void aTlsProxyUrl_isRejectedWhenTheModelIsBuilt() {
    assertThatThrownBy(
            () -> transports.forRoute(Optional.of(new ProxyRoute("https://proxy.corp:3129", ""))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("http://");
    assertThatThrownBy(() -> transports.forRoute(Optional.of(new ProxyRoute("proxy.corp:3128", ""))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aParsedProxy_neverPrintsItsPassword() {
    ProxyConfig config = ProxyConfig.parse(new ProxyRoute("http://alice:hunter2-pw@proxy.corp:3128", ".corp"));

    assertThat(config.toString())
        .isEqualTo("ProxyConfig[http://alice:****@proxy.corp:3128, no_proxy=.corp]")
        .doesNotContain("hunter2-pw");
  }
}
