package dev.akmatori.adapter.llm.tool.connector;

import dev.akmatori.application.connector.ConnectorDirectory;
import dev.akmatori.application.investigation.DurationText;
import dev.akmatori.application.investigation.tool.AllowedInstance;
import dev.akmatori.application.investigation.tool.ToolCallException;
import dev.akmatori.application.investigation.tool.ToolInvoker;
import dev.akmatori.application.json.JsonCodec;
import dev.akmatori.application.model.Cancellation;
import dev.akmatori.domain.connector.HttpConnector;
import dev.akmatori.domain.connector.ToolDefinition;
import dev.akmatori.domain.tool.ToolOperation;
import dev.akmatori.domain.tool.ToolTypeDefinition;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.Proxy;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CancellationException;
import okhttp3.Call;
import dev.akmatori.adapter.llm.http.Once;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The {@link ToolInvoker} of every HTTP-connector type ({@code ToolInvokers.httpConnectors}): reads
 * the connector's tool definition at call time, sends one request (30 s, never through a proxy,
 * credentials never sent to another origin on a redirect, body capped at 10 MiB) and answers
 * {@code {status_code, body, headers}}. Failures before or
 * instead of an HTTP answer are {@link ToolCallException}s whose messages hold no secrets.
 * Thread-safe.
 */
public final class HttpConnectorInvoker implements ToolInvoker {
  /** The contract's time limit of one connector call. */
  public static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final ConnectorDirectory connectors;
  /** Built on the first call (ADR 0027). */
  private final Once<OkHttpClient> client;
  private final Duration timeout;
  private final ConnectorRequests requests;
  private final ConnectorReplies replies;

  /** The production invoker: 30 s per call, 10 MiB per response body. */
  public HttpConnectorInvoker(ConnectorDirectory connectors, JsonCodec json) {
    this(connectors, json, TIMEOUT, ConnectorReplies.MAX_BODY_BYTES);
  }

  /** With another time limit and body cap, for tests. */
  HttpConnectorInvoker(ConnectorDirectory connectors, JsonCodec json, Duration timeout, long maxBodyBytes) {
    this.connectors = connectors;
    // Connectors are not proxied (§3.8): no proxy, whatever the JVM's default selector says.
    this.client = new Once<>(() -> new OkHttpClient.Builder()
        .proxy(Proxy.NO_PROXY)
        .callTimeout(timeout)
        .addNetworkInterceptor(new CredentialScope())
        .build());
    this.timeout = timeout;
    this.requests = new ConnectorRequests(json);
    this.replies = new ConnectorReplies(json, maxBodyBytes);
  }

  @Override
  public Object invoke(
      ToolTypeDefinition type,
      ToolOperation operation,
      AllowedInstance instance,
      Map<String, Object> arguments,
      Duration callTimeout,
      Cancellation cancellation) {
    HttpConnector connector = connectors.forToolType(type.name())
        .orElseThrow(() -> new ToolCallException("HTTP connector '" + type.name() + "' not found"));
    if (!connector.spec().enabled()) {
      throw new ToolCallException("HTTP connector '" + connector.toolTypeName() + "' is disabled");
    }
    ToolDefinition tool = connector.spec().tool(operation.name());
    if (tool == null) {
      throw new ToolCallException("HTTP connector '" + connector.toolTypeName() + "' has no tool '"
          + operation.name() + "'");
    }
    Request request = requests.build(connector.spec(), tool, instance.settings(), arguments);
    return execute(request, limit(callTimeout), cancellation);
  }

  private Object execute(Request request, Duration limit, Cancellation cancellation) {
    if (cancellation.isCancelled()) {
      throw new CancellationException("tool call cancelled");
    }
    OkHttpClient bounded = limit.equals(timeout) ? client.get() : client.get().newBuilder().callTimeout(limit).build();
    Call call = bounded.newCall(request);
    Cancellation.Registration abort = cancellation.onCancel(call::cancel);
    try (Response response = call.execute()) {
      return replies.result(response);
    } catch (IOException e) {
      if (cancellation.isCancelled()) {
        throw new CancellationException("tool call cancelled");
      }
      if (e instanceof InterruptedIOException) {
        throw new ToolCallException("request timed out after " + DurationText.of(limit));
      }
      throw new ToolCallException("request failed: " + reason(e));
    } finally {
      abort.close();
    }
  }

  /** The shorter of the connector limit and what the caller allows. */
  private Duration limit(Duration callTimeout) {
    return callTimeout == null || callTimeout.compareTo(timeout) >= 0 ? timeout : callTimeout;
  }

  private static String reason(IOException e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }
}
