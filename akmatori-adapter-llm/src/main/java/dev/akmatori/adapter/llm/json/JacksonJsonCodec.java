package dev.akmatori.adapter.llm.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.akmatori.application.json.JsonCodec;

/**
 * {@link JsonCodec} on Jackson: compact text out; objects in as {@code LinkedHashMap} (key order
 * kept), arrays as {@code ArrayList}, integers as Integer/Long/BigInteger, other numbers as Double.
 * Thread-safe (the mapper is configured once and never changed).
 */
public final class JacksonJsonCodec implements JsonCodec {
  private final ObjectMapper mapper =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  @Override
  public String write(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON-like data: " + e.getOriginalMessage(), e);
    }
  }

  @Override
  public Object read(String text) {
    if (text == null) {
      throw new IllegalArgumentException("invalid JSON: no text");
    }
    try {
      return mapper.readValue(text, Object.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("invalid JSON: " + e.getOriginalMessage(), e);
    }
  }
}
