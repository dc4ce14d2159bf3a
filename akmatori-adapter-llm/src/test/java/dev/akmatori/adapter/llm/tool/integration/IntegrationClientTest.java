package dev.akmatori.adapter.llm.tool.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.adapter.llm.http.ModelTransports;
import dev.akmatori.adapter.llm.testing.FixedRuntimeSettings;
import dev.akmatori.adapter.llm.testing.TestCancellation;
import dev.akmatori.adapter.llm.testing.TestServers;
import dev.akmatori.application.investigation.tool.ToolCallException;
import dev.akmatori.application.model.Cancellation;
import dev.akmatori.domain.settings.ProxyService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.Credentials;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IntegrationClientTest {
  private static final String TOKEN = "glsa_9f8e7d6c5b4a39281706";

  private final MockWebServer server = new MockWebServer();
  private final IntegrationHttp http =
      new IntegrationHttp(ModelTransports.defaultClient(), new FixedRuntimeSettings());

  @BeforeEach
  void start() throws IOException {
    TestServers.start(server);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private IntegrationClient client(Auth auth) {
    return client(Duration.ofSeconds(30), auth);
  }

  private IntegrationClient client(Duration timeout, Auth auth) {
    return http.client(new HttpTarget(server.url("/grafana/"), timeout, true, "", ProxyService.GRAFANA), auth);
  }

  private Request get(IntegrationClient client, String... segments) {
    return new Request.Builder().url(client.url(segments).build()).build();
  }

  private void reply(int code, String body) {
    server.enqueue(new MockResponse.Builder().code(code).body(body).build());
  }

  @Test
  void aJsonReply_isParsed_underTheBasePath_withTheBearerToken() throws Exception {
    reply(200, "{\"uid\":\"abc\",\"panels\":[1,2]}");
    IntegrationClient client = client(Auth.bearer(TOKEN));

    Object result = client.json(get(client, "api", "dashboards", "uid", "abc"), Cancellation.NONE);

    assertThat(result).isEqualTo(Map.of("uid", "abc", "panels", List.of(1, 2)));
    var seen = server.takeRequest(1, TimeUnit.SECONDS);
    assertThat(seen.getTarget()).isEqualTo("/grafana/api/dashboards/uid/abc");
    assertThat(seen.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
  }

  @Test
  void basicAuth_andNoAuth_sendWhatTheySay() throws Exception {
    reply(200, "{}");
    reply(200, "{}");
    IntegrationClient basic = client(Auth.basic("vm-reader", "p@ss wörd"));
    IntegrationClient none = client(Auth.bearer(""));

    basic.json(get(basic, "x"), Cancellation.NONE);
    none.json(get(none, "x"), Cancellation.NONE);

    assertThat(server.takeRequest().getHeaders().get("Authorization"))
        .isEqualTo(Credentials.basic("vm-reader", "p@ss wörd", StandardCharsets.UTF_8));
    assertThat(server.takeRequest().getHeaders().get("Authorization")).isNull();
  }

  @Test
  void grafanaAndKubernetesErrors_becomeStatusAndTheirMessage() {
    reply(404, "{\"message\":\"Dashboard not found\",\"traceID\":\"\"}");
    reply(403, "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":\"Failure\","
        + "\"message\":\"pods is forbidden: User \\\"system:serviceaccount:ops:akmatori\\\" cannot list resource"
        + " \\\"pods\\\"\",\"reason\":\"Forbidden\",\"details\":{\"kind\":\"pods\"},\"code\":403}");
    IntegrationClient client = client(Auth.bearer(TOKEN));

    assertThatThrownBy(() -> client.json(get(client, "a"), Cancellation.NONE))
        .isInstanceOf(ToolCallException.class).hasMessage("404 Dashboard not found");
    assertThatThrownBy(() -> client.json(get(client, "b"), Cancellation.NONE))
        .hasMessage("403 pods is forbidden: User \"system:serviceaccount:ops:akmatori\" cannot list resource \"pods\"");
  }

  @Test
  void prometheusErrors_nameTheErrorType() {
    reply(400, "{\"status\":\"error\",\"errorType\":\"bad_data\",\"error\":\"1:5: parse error: unexpected \\\"}\\\"\"}");
    IntegrationClient client = client(Auth.NONE);

    assertThatThrownBy(() -> client.json(get(client, "api", "v1", "query"), Cancellation.NONE))
        .hasMessage("400 bad_data: 1:5: parse error: unexpected \"}\"");
  }

  @Test
  void aBodyThatIsNotAKnownErrorShape_isShownShortened_andAnEmptyOne_byItsReasonPhrase() {
    reply(502, "<html>\n<body>  upstream   connect error </body></html>");
    server.enqueue(new MockResponse.Builder().code(503).status("HTTP/1.1 503 Service Unavailable").build());
    IntegrationClient client = client(Auth.NONE);

    assertThatThrownBy(() -> client.json(get(client, "a"), Cancellation.NONE))
        .hasMessage("502 <html> <body> upstream connect error </body></html>");
    assertThatThrownBy(() -> client.json(get(client, "b"), Cancellation.NONE))
        .hasMessage("503 Service Unavailable");
  }

  @Test
  void aServerThatEchoesTheToken_neverGetsItIntoTheToolError() {
    reply(401, "{\"message\":\"invalid API key Bearer " + TOKEN + "\"}");
    IntegrationClient client = client(Auth.bearer(TOKEN));

    assertThatThrownBy(() -> client.json(get(client, "a"), Cancellation.NONE))
        .hasMessage("401 invalid API key ****")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(TOKEN));
  }

  @Test
  void aTwoHundredThatIsNotJson_isAToolError_butJsonOrTextReturnsTheText() {
    reply(200, "<html>login page</html>");
    reply(200, "line one\nline two\n");
    IntegrationClient client = client(Auth.NONE);

    assertThatThrownBy(() -> client.json(get(client, "a"), Cancellation.NONE))
        .hasMessageStartingWith("200 the reply of " + server.url("/").host() + " is not JSON: <html>login page");
    assertThat(client.jsonOrText(get(client, "b"), Cancellation.NONE)).isEqualTo("line one\nline two\n");
  }

  @Test
  void aReplyOfExactly10MiB_isRead_butOneByteMore_isRefused() {
    int tenMiB = 10 * 1024 * 1024;
    reply(200, "x".repeat(tenMiB));
    reply(200, "x".repeat(tenMiB + 1));
    server.enqueue(new MockResponse.Builder().chunkedBody("y".repeat(tenMiB + 1), 64 * 1024).build());
    IntegrationClient client = client(Auth.NONE);

    assertThat(client.send(get(client, "a"), Cancellation.NONE).body()).hasSize(tenMiB);
    assertThatThrownBy(() -> client.send(get(client, "b"), Cancellation.NONE))
        .isInstanceOf(ToolCallException.class).hasMessage("response exceeds 10 MiB");
    assertThatThrownBy(() -> client.send(get(client, "c"), Cancellation.NONE))
        .as("without a Content-Length").hasMessage("response exceeds 10 MiB");
  }

  @Test
  void aTargetSlowerThanItsTimeout_failsTheCallWithATimeoutError() {
    server.enqueue(new MockResponse.Builder().body("{}").headersDelay(10, TimeUnit.SECONDS).build());
    IntegrationClient client = client(Duration.ofSeconds(1), Auth.NONE);

    assertThatThrownBy(() -> client.send(get(client, "slow"), Cancellation.NONE))
        .isInstanceOf(ToolCallException.class)
        .hasMessage("request to " + server.url("/").host() + " timed out after 1 s");
  }

  @Test
  void cancellingTheRun_abandonsTheRequest() throws Exception {
    server.enqueue(new MockResponse.Builder().body("{}").headersDelay(10, TimeUnit.SECONDS).build());
    IntegrationClient client = client(Auth.NONE);
    TestCancellation cancellation = new TestCancellation();
    Thread canceller = new Thread(() -> {
      try {
        server.takeRequest(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      cancellation.cancel();
    });
    canceller.start();

    assertThatThrownBy(() -> client.send(get(client, "slow"), cancellation))
        .isInstanceOf(CancellationException.class);
    canceller.join(5000);
  }

  @Test
  void anAlreadyCancelledRun_sendsNothing() {
    TestCancellation cancellation = new TestCancellation();
    cancellation.cancel();
    IntegrationClient client = client(Auth.NONE);

    assertThatThrownBy(() -> client.send(get(client, "a"), cancellation)).isInstanceOf(CancellationException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void anUnreachableTarget_isAToolErrorNamingTheHost_withoutTheToken() throws IOException {
    MockWebServer closed = new MockWebServer();
    closed.start();
    closed.close();
    IntegrationClient client = http.client(
        new HttpTarget(closed.url("/"), Duration.ofSeconds(5), true, "", ProxyService.GRAFANA), Auth.bearer(TOKEN));

    assertThatThrownBy(() -> client.send(get(client, "a"), Cancellation.NONE))
        .isInstanceOf(ToolCallException.class)
        .hasMessageStartingWith("request to " + closed.url("/").host() + " failed: ")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(TOKEN));
  }
}
