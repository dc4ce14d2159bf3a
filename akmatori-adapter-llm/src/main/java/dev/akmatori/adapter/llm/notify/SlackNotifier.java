package dev.akmatori.adapter.llm.notify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.akmatori.adapter.llm.http.HttpReply;
import dev.akmatori.adapter.llm.http.HttpTransport;
import dev.akmatori.adapter.llm.http.ModelTransports;
import dev.akmatori.adapter.llm.http.Once;
import dev.akmatori.adapter.llm.http.RetryPolicy;
import dev.akmatori.adapter.llm.http.Sleeper;
import dev.akmatori.application.model.Cancellation;
import dev.akmatori.application.notification.Notification;
import dev.akmatori.application.notification.NotificationException;
import dev.akmatori.application.notification.Notifier;
import dev.akmatori.application.notification.PostedMessage;
import java.io.IOException;
import java.net.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * {@link Notifier} over the Slack Web API: {@code chat.postMessage} with the bot token as bearer
 * (contract §3.10.2), through the Slack proxy when its toggle is on. Rate limits (429 with {@code
 * Retry-After}) and server errors are retried twice, waiting what Slack asks (at most 30 s); a
 * refusal ({@code {"ok": false, "error": …}}) is not. The token never appears in a message or log.
 */
public final class SlackNotifier implements Notifier {
  /** Slack's Web API. */
  public static final String SLACK_API = "https://slack.com/api/";

  static final RetryPolicy POLICY = new RetryPolicy(2, Duration.ofSeconds(1), Duration.ofSeconds(30), 0.25);
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final ModelTransports transports;
  private final String apiBase;
  private final ObjectMapper mapper = new ObjectMapper();

  /**
   * Production: {@link #SLACK_API}, 10 s to connect, 30 s per call, real waits. The client is built
   * on the first message: building an OkHttp client loads the JDK's TLS stack and trust store, a
   * noticeable part of the server's cold start that a server without Slack never needs (ADR 0027).
   */
  public SlackNotifier() {
    this(new ModelTransports(new Once<>(SlackNotifier::client), POLICY, Sleeper.cancellable(),
        Clock.systemUTC(), () -> ThreadLocalRandom.current().nextDouble()), SLACK_API);
  }

  /** For tests: another API base (a MockWebServer) and transports with recorded waits. */
  public SlackNotifier(ModelTransports transports, String apiBase) {
    this.transports = transports;
    this.apiBase = apiBase; // parsed per message: OkHttp's classes load on the first one, not at start-up
  }

  static OkHttpClient client() {
    return new OkHttpClient.Builder()
        .proxy(Proxy.NO_PROXY)
        .connectTimeout(Duration.ofSeconds(10))
        .readTimeout(Duration.ofSeconds(30))
        .callTimeout(Duration.ofSeconds(30))
        .build();
  }

  @Override
  public PostedMessage post(Notification notification) {
    HttpReply reply;
    try {
      HttpTransport transport = transports.forRoute(notification.proxy());
      reply = transport.execute(request(notification), Cancellation.NONE);
    } catch (IOException e) {
      throw new NotificationException("Slack API unreachable: " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new NotificationException("Slack proxy unusable: " + e.getMessage(), e);
    }
    if (reply.status() == 429) {
      throw new NotificationException("Slack API rate limited (HTTP 429) after " + POLICY.maxRetries() + " retries");
    }
    if (!reply.isSuccessful()) {
      throw new NotificationException("Slack API answered HTTP " + reply.status());
    }
    return posted(reply.body());
  }

  private Request request(Notification n) {
    ObjectNode body = mapper.createObjectNode();
    body.put("channel", n.channel());
    body.put("text", n.text());
    n.threadTs().ifPresent(ts -> body.put("thread_ts", ts));
    body.put("unfurl_links", false);
    body.put("unfurl_media", false);
    return new Request.Builder()
        .url(HttpUrl.get(apiBase).resolve("chat.postMessage"))
        .header("Authorization", "Bearer " + n.botToken().reveal())
        .post(RequestBody.create(body.toString(), JSON))
        .build();
  }

  /** {@code {"ok": true, "channel": "C…", "ts": "…"}}, else the API's {@code error} code. */
  private PostedMessage posted(String text) {
    JsonNode json;
    try {
      json = mapper.readTree(text);
    } catch (IOException e) {
      throw new NotificationException("Slack API answered something that is not JSON");
    }
    if (json == null || !json.path("ok").asBoolean(false)) {
      String error = json == null ? "" : json.path("error").asText("");
      throw new NotificationException("Slack API error: " + (error.isEmpty() ? "unknown" : error));
    }
    String channel = json.path("channel").asText("");
    String ts = json.path("ts").asText("");
    if (channel.isEmpty() || ts.isEmpty()) {
      throw new NotificationException("Slack API answered ok without channel and ts");
    }
    return new PostedMessage(channel, ts);
  }
}
