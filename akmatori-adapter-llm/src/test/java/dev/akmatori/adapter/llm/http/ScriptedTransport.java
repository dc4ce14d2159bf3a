package dev.akmatori.adapter.llm.http;

import dev.akmatori.application.model.Cancellation;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CancellationException;
import okhttp3.Headers;
import okhttp3.Request;

/** Plays back replies and network failures in order, counting attempts. */
final class ScriptedTransport implements HttpTransport {
  private final Deque<Object> script = new ArrayDeque<>();
  private int attempts;

  ScriptedTransport reply(int status, String... headers) {
    script.add(new HttpReply(status, Headers.of(headers), "{\"status\":" + status + "}"));
    return this;
  }

  ScriptedTransport fail(String message) {
    script.add(new IOException(message));
    return this;
  }

  ScriptedTransport cancel() {
    script.add(new CancellationException("model call cancelled"));
    return this;
  }

  int attempts() {
    return attempts;
  }

  @Override
  public HttpReply execute(Request request, Cancellation cancellation) throws IOException {
    attempts++;
    Object next = script.remove();
    if (next instanceof IOException) {
      throw (IOException) next;
    }
    if (next instanceof RuntimeException) {
      throw (RuntimeException) next;
    }
    return (HttpReply) next;
  }
}
