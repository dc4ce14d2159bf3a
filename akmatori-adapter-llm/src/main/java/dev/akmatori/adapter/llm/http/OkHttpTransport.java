package dev.akmatori.adapter.llm.http;

import dev.akmatori.application.model.Cancellation;
import java.io.IOException;
import java.util.concurrent.CancellationException;
import okhttp3.Call;
import okhttp3.Request;
import okhttp3.Response;

/** The real transport: one OkHttp call per attempt, abandoned when the run is cancelled. */
final class OkHttpTransport implements HttpTransport {
  private final Call.Factory calls;

  OkHttpTransport(Call.Factory calls) {
    this.calls = calls;
  }

  @Override
  public HttpReply execute(Request request, Cancellation cancellation) throws IOException {
    if (cancellation.isCancelled()) {
      throw cancelled(null);
    }
    Call call = calls.newCall(request);
    // Runs at once when the cancel raced in between; the call then fails with "Canceled".
    Cancellation.Registration abort = cancellation.onCancel(call::cancel);
    try (Response response = call.execute()) {
      return new HttpReply(response.code(), response.headers(), response.body().string());
    } catch (IOException e) {
      // Not call.isCanceled(): OkHttp also cancels the call when callTimeout fires, and a
      // timeout is a retryable network error, not the run being cancelled.
      if (cancellation.isCancelled()) {
        throw cancelled(e);
      }
      throw e;
    } finally {
      abort.close();
    }
  }

  static CancellationException cancelled(Throwable cause) {
    CancellationException e = new CancellationException("model call cancelled");
    if (cause != null) {
      e.initCause(cause);
    }
    return e;
  }
}
