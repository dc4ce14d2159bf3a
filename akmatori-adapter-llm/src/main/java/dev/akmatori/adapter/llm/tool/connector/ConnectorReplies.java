package dev.akmatori.adapter.llm.tool.connector;

import dev.akmatori.application.investigation.tool.ToolCallException;
import dev.akmatori.application.json.JsonCodec;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/**
 * Turns a connector's HTTP answer into the tool result of contract §3.8: {@code {"status_code",
 * "body", "headers"}} with the body parsed as JSON when it is JSON and kept as text otherwise,
 * header values of one name joined with {@code ", "}. Whatever the status: non-2xx are results.
 * Bodies past the cap are refused without being read to the end.
 */
final class ConnectorReplies {
  /** The contract's cap: 10 MiB. */
  static final long MAX_BODY_BYTES = 10L * 1024 * 1024;

  private final JsonCodec json;
  private final long maxBodyBytes;

  ConnectorReplies(JsonCodec json, long maxBodyBytes) {
    this.json = json;
    this.maxBodyBytes = maxBodyBytes;
  }

  /**
   * @throws ToolCallException {@code response exceeds 10 MiB} for a larger body
   * @throws IOException when reading the body fails (including the call timing out)
   */
  Map<String, Object> result(Response response) throws IOException {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("status_code", response.code());
    result.put("body", body(text(response.body())));
    result.put("headers", headers(response.headers()));
    return result;
  }

  private String text(ResponseBody body) throws IOException {
    if (body.contentLength() > maxBodyBytes) {
      throw tooLarge();
    }
    BufferedSource source = body.source();
    if (source.request(maxBodyBytes + 1)) {
      throw tooLarge();
    }
    MediaType type = body.contentType();
    Charset charset = type == null ? StandardCharsets.UTF_8 : type.charset(StandardCharsets.UTF_8);
    return source.getBuffer().readString(charset);
  }

  private Object body(String text) {
    if (text.isBlank()) {
      return text;
    }
    try {
      return json.read(text);
    } catch (IllegalArgumentException notJson) {
      return text;
    }
  }

  private static Map<String, String> headers(Headers headers) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String name : headers.names()) {
      out.put(name, String.join(", ", headers.values(name)));
    }
    return out;
  }

  private ToolCallException tooLarge() {
    long mib = maxBodyBytes / (1024 * 1024);
    String limit = mib * 1024 * 1024 == maxBodyBytes ? mib + " MiB" : maxBodyBytes + " bytes";
    return new ToolCallException("response exceeds " + limit);
  }
}
