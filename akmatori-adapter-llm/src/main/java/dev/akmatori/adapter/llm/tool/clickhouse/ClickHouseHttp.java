package dev.akmatori.adapter.llm.tool.clickhouse;

import dev.akmatori.adapter.llm.tool.sql.ResultTable;
import dev.akmatori.application.investigation.tool.ToolCallException;
import dev.akmatori.application.model.Cancellation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import okhttp3.Call;
import okhttp3.Credentials;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSource;

/**
 * POSTs one query to ClickHouse's HTTP interface and reads the {@code JSONCompact} reply. The
 * query string carries the database, the output format, the row cap, the time limit, the query
 * parameters and {@code readonly=1}; the user and password travel as HTTP basic authentication.
 * Thread-safe.
 */
final class ClickHouseHttp {
  /** The server's {@code max_execution_time} fires first; then the HTTP call gives up. */
  private static final int GRACE_SECONDS = 5;
  private static final long MAX_REPLY_BYTES = 16L * 1024 * 1024;
  private static final MediaType SQL = MediaType.get("text/plain; charset=utf-8");

  private final Supplier<OkHttpClient> client;
  private final ChReplies replies = new ChReplies();

  ClickHouseHttp(Supplier<OkHttpClient> client) {
    this.client = client;
  }

  ResultTable execute(ChSettings settings, ChQuery query, Cancellation cancellation) {
    if (cancellation.isCancelled()) {
      throw new CancellationException("clickhouse call cancelled");
    }
    Duration wait = Duration.ofSeconds(query.timeoutSeconds() + GRACE_SECONDS);
    Call call = client.get().newBuilder()
        .connectTimeout(Duration.ofSeconds(settings.timeoutSeconds()))
        .readTimeout(wait)
        .callTimeout(wait.plusSeconds(settings.timeoutSeconds()))
        .build()
        .newCall(request(settings, query));
    Cancellation.Registration abort = cancellation.onCancel(call::cancel);
    try (Response response = call.execute()) {
      String body = read(response);
      if (!response.isSuccessful()) {
        throw replies.error(response.code(), body);
      }
      return replies.table(body, query.limit());
    } catch (IOException e) {
      if (cancellation.isCancelled()) {
        throw (CancellationException) new CancellationException("clickhouse call cancelled").initCause(e);
      }
      throw new ToolCallException("could not reach ClickHouse at " + settings.where() + ": " + e.getMessage(), e);
    } finally {
      abort.close();
    }
  }

  static Request request(ChSettings settings, ChQuery query) {
    HttpUrl.Builder url = settings.baseUrl().newBuilder()
        .addQueryParameter("database", settings.database())
        .addQueryParameter("default_format", "JSONCompact")
        .addQueryParameter("wait_end_of_query", "1")
        .addQueryParameter("max_result_rows", Integer.toString(query.limit() + 1))
        .addQueryParameter("result_overflow_mode", "break")
        .addQueryParameter("max_execution_time", Integer.toString(query.timeoutSeconds()));
    query.parameters().forEach((name, value) -> url.addQueryParameter("param_" + name, value));
    // Last, though ClickHouse checks all URL settings against the profile before applying any.
    url.addQueryParameter("readonly", "1");
    return new Request.Builder()
        .url(url.build())
        .header("Authorization", Credentials.basic(settings.username(), settings.password(), StandardCharsets.UTF_8))
        .post(RequestBody.create(query.sql(), SQL))
        .build();
  }

  private static String read(Response response) throws IOException {
    BufferedSource source = response.body().source();
    if (source.request(MAX_REPLY_BYTES + 1)) {
      throw new ToolCallException("ClickHouse reply is larger than " + MAX_REPLY_BYTES + " bytes");
    }
    return source.getBuffer().readString(StandardCharsets.UTF_8);
  }
}
