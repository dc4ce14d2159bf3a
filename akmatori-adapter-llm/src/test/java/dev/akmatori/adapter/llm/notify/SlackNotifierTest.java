package dev.akmatori.adapter.llm.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.akmatori.adapter.llm.http.ModelTransports;
import dev.akmatori.adapter.llm.testing.ClosedPort;
import dev.akmatori.adapter.llm.testing.RecordingSleeper;
import dev.akmatori.adapter.llm.testing.TestServers;
import dev.akmatori.application.model.ModelEndpoint.ProxyRoute;
import dev.akmatori.application.notification.Notification;
import dev.akmatori.application.notification.NotificationException;
import dev.akmatori.application.notification.PostedMessage;
import dev.akmatori.domain.shared.Secret;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code chat.postMessage} against a MockWebServer answering with the Web API's real shapes. */
class SlackNotifierTest {
  private static final String TOKEN = "xoxb-1234567890-secret-token";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final MockWebServer slack = new MockWebServer();
  private final MockWebServer proxy = new MockWebServer();
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private SlackNotifier notifier;

  @BeforeEach
  void start() throws IOException {
    TestServers.start(slack, proxy);
    notifier = notifier(slack.url("/api/").toString());
  }

  @AfterEach
  void stop() {
    slack.close();
    proxy.close();
  }

  private SlackNotifier notifier(String apiBase) {
    ModelTransports transports = new ModelTransports(SlackNotifier.client(), SlackNotifier.POLICY, sleeper, Clock.systemUTC(), () -> 0.0);
    return new SlackNotifier(transports, apiBase);
  }

  private static Notification message(Optional<String> thread) {
    return new Notification(Secret.of(TOKEN), "#alerts", "*[CRITICAL] Disk* & more", thread, Optional.empty());
  }

  private static MockResponse json(int code, String body) {
    return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json; charset=utf-8").body(body).build();
  }

  private static final String OK =
      "{\"ok\":true,\"channel\":\"C123ABC456\",\"ts\":\"1503435956.000247\",\"message\":{\"text\":\"x\",\"type\":\"message\"}}";

  @Test
  void aMessage_isPostedAsJsonWithTheBearerToken_andAnswersWhereItLanded() throws Exception {
    slack.enqueue(json(200, OK));

    PostedMessage posted = notifier.post(message(Optional.empty()));

    assertThat(posted).isEqualTo(new PostedMessage("C123ABC456", "1503435956.000247"));
    RecordedRequest request = slack.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/api/chat.postMessage");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
    assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json; charset=utf-8");
    JsonNode body = JSON.readTree(request.getBody().utf8());
    assertThat(body.get("channel").asText()).isEqualTo("#alerts");
    assertThat(body.get("text").asText()).isEqualTo("*[CRITICAL] Disk* & more");
    assertThat(body.has("thread_ts")).isFalse();
    assertThat(body.get("unfurl_links").asBoolean()).isFalse();
  }

  @Test
  void aThreadReply_carriesThreadTs() throws Exception {
    slack.enqueue(json(200, OK.replace("000247", "000300")));

    notifier.post(message(Optional.of("1503435956.000247")));

    JsonNode body = JSON.readTree(slack.takeRequest(5, TimeUnit.SECONDS).getBody().utf8());
    assertThat(body.get("thread_ts").asText()).isEqualTo("1503435956.000247");
  }

  @Test
  void anApiError_isANotificationException_notRetried_andNeverShowsTheToken() {
    slack.enqueue(json(200, "{\"ok\":false,\"error\":\"channel_not_found\"}"));

    assertThatThrownBy(() -> notifier.post(message(Optional.empty())))
        .isInstanceOf(NotificationException.class)
        .hasMessage("Slack API error: channel_not_found")
        .hasMessageNotContaining(TOKEN);
    assertThat(slack.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void aRateLimit_isRetriedAfterTheRetryAfterSlackAskedFor() throws Exception {
    slack.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "3").body("").build());
    slack.enqueue(json(200, OK));

    assertThat(notifier.post(message(Optional.empty())).ts()).isEqualTo("1503435956.000247");

    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(3));
    assertThat(slack.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aRateLimitThatPersists_givesUpAfterTwoRetries_withRetryAfterCapped() {
    for (int i = 0; i < 3; i++) {
      slack.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "120").build());
    }

    assertThatThrownBy(() -> notifier.post(message(Optional.empty())))
        .isInstanceOf(NotificationException.class).hasMessageContaining("rate limited");
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(30), Duration.ofSeconds(30));
    assertThat(slack.getRequestCount()).isEqualTo(3);
  }

  @Test
  void serverErrorsAndNonJson_areNotificationExceptions() {
    slack.enqueue(json(500, "oops"));
    slack.enqueue(json(502, "oops"));
    slack.enqueue(json(503, "oops"));
    assertThatThrownBy(() -> notifier.post(message(Optional.empty()))).hasMessage("Slack API answered HTTP 503");
    slack.enqueue(json(200, "<html>maintenance</html>"));
    assertThatThrownBy(() -> notifier.post(message(Optional.empty()))).hasMessageContaining("not JSON");
    slack.enqueue(json(200, "{\"ok\":true}"));
    assertThatThrownBy(() -> notifier.post(message(Optional.empty()))).hasMessageContaining("without channel and ts");
  }

  @Test
  void anUnreachableApi_isANotificationException() {
    try (ClosedPort closed = ClosedPort.open()) {
      SlackNotifier unreachable = notifier("http://127.0.0.1:" + closed.port() + "/api/");

      assertThatThrownBy(() -> unreachable.post(message(Optional.empty())))
          .isInstanceOf(NotificationException.class).hasMessageStartingWith("Slack API unreachable");
      assertThat(sleeper.waits()).hasSize(2);
    }
  }

  @Test
  void withTheSlackProxy_theRequestGoesThroughIt() throws Exception {
    proxy.enqueue(json(200, OK));
    SlackNotifier viaProxy = notifier("http://slack.example.invalid/api/");
    Notification n = new Notification(Secret.of(TOKEN), "C1", "hi", Optional.empty(),
        Optional.of(new ProxyRoute("http://localhost:" + proxy.getPort(), "")));

    assertThat(viaProxy.post(n).channel()).isEqualTo("C123ABC456");

    RecordedRequest seen = proxy.takeRequest(5, TimeUnit.SECONDS);
    assertThat(seen.getRequestLine()).startsWith("POST http://slack.example.invalid/api/chat.postMessage");
    assertThat(slack.getRequestCount()).isZero();
    assertThat(List.of(seen.getHeaders().get("Authorization"))).containsExactly("Bearer " + TOKEN);
  }
}
