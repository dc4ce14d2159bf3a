package dev.akmatori.adapter.llm.http;

import java.util.Objects;
import java.util.Optional;
import okhttp3.Headers;

/** A whole HTTP reply, read into memory: status, headers and the body as text. */
public record HttpReply(int status, Headers headers, String body) {
  public HttpReply {
    Objects.requireNonNull(headers, "headers");
    body = body == null ? "" : body;
  }

  public boolean isSuccessful() {
    return status >= 200 && status < 300;
  }

  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name));
  }
}
