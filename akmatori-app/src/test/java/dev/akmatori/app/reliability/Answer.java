package dev.akmatori.app.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One HTTP answer as received. */
record Answer(int status, Map<String, List<String>> headers, byte[] body) {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int SHOWN = 400;

  Optional<String> header(String name) {
    return headers.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty())
        .map(e -> e.getValue().get(0))
        .findFirst();
  }

  String text() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** The body as JSON; fails the test when it is not. */
  JsonNode json() {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + this, e);
    }
  }

  @Override
  public String toString() {
    String text = text();
    return status + " " + header("Content-Type").orElse("(no content type)") + " "
        + (text.length() > SHOWN ? text.substring(0, SHOWN) + "…" : text);
  }
}
