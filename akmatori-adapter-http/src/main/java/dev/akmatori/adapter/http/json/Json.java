package dev.akmatori.adapter.http.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The JSON conventions of contract §1.4, in one configured {@link ObjectMapper}. */
public final class Json {
  /** Every JSON response carries this content type. */
  public static final String CONTENT_TYPE = "application/json; charset=utf-8";

  private Json() {}

  /**
   * A new mapper: snake_case properties, RFC 3339 UTC timestamps, nulls written (nullable fields
   * are always present), strict parsing (duplicate keys and trailing tokens are malformed JSON)
   * and small limits so deep nesting or huge numbers end as a 400, never a 500 or a stack overflow.
   */
  public static ObjectMapper newMapper() {
    return newMapper(JsonBodies.MAX_BYTES);
  }

  /** {@link #newMapper()} for bodies of up to {@code maxBodyBytes}: strings may be that long. */
  public static ObjectMapper newMapper(long maxBodyBytes) {
    StreamReadConstraints limits =
        StreamReadConstraints.builder()
            .maxNestingDepth(64)
            .maxNumberLength(100)
            .maxStringLength((int) maxBodyBytes)
            .build();
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(limits)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    return JsonMapper.builder(factory)
        .addModule(new JavaTimeModule())
        .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();
  }
}
