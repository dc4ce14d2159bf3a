package dev.akmatori.adapter.llm.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.akmatori.adapter.llm.http.ProviderJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import okhttp3.Request;
import okio.Buffer;

/** Reads request bodies captured at the transport seam or by MockWebServer as JSON trees. */
public final class Bodies {
  private Bodies() {}

  public static JsonNode json(String text) {
    try {
      return ProviderJson.MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + text, e);
    }
  }

  public static String text(Request request) {
    Buffer buffer = new Buffer();
    try {
      request.body().writeTo(buffer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.readUtf8();
  }

  public static JsonNode json(Request request) {
    return json(text(request));
  }

  public static JsonNode fixture(String path) {
    return json(Fixtures.read(path));
  }
}
