package dev.akmatori.adapter.llm.tool.integration;

import java.util.Locale;
import java.util.Objects;
import okhttp3.Headers;

/** A whole reply of a target system, read into memory (at most 10 MiB): status, headers, body. */
public record ApiReply(int status, String reason, Headers headers, String body) {
  public ApiReply {
    reason = reason == null ? "" : reason;
    Objects.requireNonNull(headers, "headers");
    body = body == null ? "" : body;
  }

  public boolean isSuccessful() {
    return status >= 200 && status < 300;
  }

  /** The media type without parameters, lower case; empty when absent. */
  public String mediaType() {
    String type = headers.get("Content-Type");
    if (type == null) {
      return "";
    }
    int semicolon = type.indexOf(';');
    return (semicolon < 0 ? type : type.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return "ApiReply[" + status + ", " + body.length() + " chars]";
  }
}
