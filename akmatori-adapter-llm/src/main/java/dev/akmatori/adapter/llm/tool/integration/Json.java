package dev.akmatori.adapter.llm.tool.integration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Optional;

/**
 * JSON text to and from JSON-like data (objects as {@code LinkedHashMap} in key order, arrays as
 * {@code ArrayList}, integers as Integer/Long/BigInteger, other numbers as Double).
 */
public final class Json {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  private Json() {}

  /** The data of {@code text}; empty when it is not one JSON value. */
  public static Optional<Object> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(MAPPER.readValue(text, Object.class));
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }

  /** Compact JSON text of JSON-like data. */
  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON-like data: " + e.getOriginalMessage(), e);
    }
  }
}
