package dev.akmatori.adapter.http.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** An HTTP answer as a test sees it: status, headers (names case-insensitive) and body text. */
public record Reply(int status, Map<String, List<String>> headers, String body) {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  public Reply {
    Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    copy.putAll(headers);
    headers = copy;
  }

  /** The first value of {@code name}, or null. */
  public String header(String name) {
    return Optional.ofNullable(headers.get(name)).filter(l -> !l.isEmpty()).map(l -> l.get(0)).orElse(null);
  }

  public JsonNode json() {
    try {
      return MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      throw new AssertionError("Not JSON (" + status + "): " + body, e);
    }
  }

  @Override
  public String toString() {
    return status + " " + headers + " " + body;
  }
}
