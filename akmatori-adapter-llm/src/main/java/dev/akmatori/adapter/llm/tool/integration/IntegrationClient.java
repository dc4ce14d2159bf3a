package dev.akmatori.adapter.llm.tool.integration;

import dev.akmatori.application.investigation.tool.ToolCallException;
import dev.akmatori.application.model.Cancellation;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.CancellationException;
import javax.net.ssl.SSLException;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * One integration call's HTTP client: sends requests to its target with the target's auth, time
 * limit, TLS trust and proxy, reads at most 10 MiB of each reply, and reports failures as {@link
 * ToolCallException}s that name the host but never a header or credential. No retries: a tool call
 * may change the target, and the model decides whether to try again.
 */
public final class IntegrationClient {
  private final OkHttpClient client;
  private final HttpTarget target;
  private final Auth auth;

  IntegrationClient(OkHttpClient client, HttpTarget target, Auth auth) {
    this.client = client;
    this.target = target;
    this.auth = auth;
  }

  /** A builder for a URL under the target's base URL (its path segments kept). */
  public HttpUrl.Builder url() {
    return target.baseUrl().newBuilder();
  }

  /** A builder for {@code base + segments}, e.g. {@code url("api", "v1", "query")}; each segment escaped. */
  public HttpUrl.Builder url(String... segments) {
    HttpUrl.Builder url = url();
    for (String segment : segments) {
      url.addPathSegment(segment);
    }
    return url;
  }

  /**
   * Sends {@code request} (with the auth added) and reads the whole reply, whatever its status.
   *
   * @throws ToolCallException when no reply arrived (connect failure, TLS failure, timeout) or it
   *     exceeds 10 MiB
   * @throws CancellationException when {@code cancellation} fired; the HTTP call is abandoned
   */
  public ApiReply send(Request request, Cancellation cancellation) {
    if (cancellation.isCancelled()) {
      throw new CancellationException("tool call cancelled");
    }
    Request.Builder authorised = request.newBuilder();
    auth.apply(authorised);
    Call call = client.newCall(authorised.build());
    Cancellation.Registration abort = cancellation.onCancel(call::cancel);
    try (Response response = call.execute()) {
      return new ApiReply(response.code(), response.message(), response.headers(),
          CappedBody.read(response.body()));
    } catch (IOException e) {
      if (cancellation.isCancelled()) {
        CancellationException cancelled = new CancellationException("tool call cancelled");
        cancelled.initCause(e);
        throw cancelled;
      }
      throw networkFailure(request.url(), e);
    } finally {
      abort.close();
    }
  }

  /**
   * Sends {@code request} and parses a 2xx JSON body (an empty body is {@code null}).
   *
   * @throws ToolCallException {@code <status> <message>} for a non-2xx reply, or when the body is
   *     not JSON, plus everything {@link #send} throws
   */
  public Object json(Request request, Cancellation cancellation) {
    return json(send(request, cancellation));
  }

  /** {@link #json(Request, Cancellation)} for a reply already received. */
  public Object json(ApiReply reply) {
    String body = checked(reply).body().strip();
    if (body.isEmpty() || body.equals("null")) {
      return null;
    }
    return Json.parse(body).orElseThrow(() -> new ToolCallException(
        reply.status() + " the reply of " + target.baseUrl().host() + " is not JSON: "
            + ApiErrors.scrub(ApiErrors.shorten(body, 200), auth.secrets())));
  }

  /** Like {@link #json}, but a 2xx body that is not JSON comes back as text (logs, metrics). */
  public Object jsonOrText(Request request, Cancellation cancellation) {
    ApiReply reply = checked(send(request, cancellation));
    return Json.parse(reply.body()).orElse(reply.body());
  }

  /**
   * {@code reply} when it is a 2xx reply.
   *
   * @throws ToolCallException {@code <status> <the API's message>} otherwise
   */
  public ApiReply checked(ApiReply reply) {
    if (!reply.isSuccessful()) {
      throw ApiErrors.failure(reply, auth.secrets());
    }
    return reply;
  }

  private ToolCallException networkFailure(HttpUrl url, IOException e) {
    String host = url.host();
    if (e instanceof InterruptedIOException) {
      return new ToolCallException(
          "request to " + host + " timed out after " + target.timeout().toSeconds() + " s", e);
    }
    String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    String what = e instanceof SSLException ? "TLS connection to " + host + " failed: " : "request to " + host + " failed: ";
    return new ToolCallException(ApiErrors.scrub(what + why, auth.secrets()), e);
  }

  @Override
  public String toString() {
    return "IntegrationClient[" + target + "]";
  }
}
