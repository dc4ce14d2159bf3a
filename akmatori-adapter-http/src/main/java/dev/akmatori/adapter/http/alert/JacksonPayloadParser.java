package dev.akmatori.adapter.http.alert;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.akmatori.adapter.http.json.JsonBodies;
import dev.akmatori.application.alert.PayloadParser;
import dev.akmatori.application.alert.normalize.Payloads;
import dev.akmatori.domain.shared.Text;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Webhook bodies as JSON-like values: strictly UTF-8 (a BOM is skipped), one JSON document, nesting
 * up to {@link #MAX_DEPTH}; integers become {@code Long} (or {@code BigInteger}), other numbers
 * {@code Double}, or {@code BigDecimal} beyond its range. Duplicate keys are tolerated (the last
 * wins), and a NUL character or an unpaired surrogate in a key or a string becomes U+FFFD, so the
 * alert is stored on either database instead of failing (ADR 0023): senders are not ours to fix.
 * Every failure is {@code 400 Invalid payload: …}.
 */
final class JacksonPayloadParser implements PayloadParser {
  static final int MAX_DEPTH = 100;

  private final ObjectMapper mapper;

  JacksonPayloadParser() {
    StreamReadConstraints limits =
        StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH)
            .maxNumberLength(1000)
            .maxStringLength((int) WebhookBodies.MAX_BYTES)
            .build();
    this.mapper =
        JsonMapper.builder(JsonFactory.builder().streamReadConstraints(limits).build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
  }

  @Override
  public Object parse(byte[] body) {
    String text = utf8(body);
    if (text.isBlank()) {
      throw Payloads.invalid("request body is empty");
    }
    try {
      return plain(mapper.readTree(text));
    } catch (JsonProcessingException e) {
      throw Payloads.invalid(JsonBodies.malformedMessage(e).replaceFirst("^Malformed JSON", "malformed JSON"));
    }
  }

  private static String utf8(byte[] body) {
    try {
      String text =
          StandardCharsets.UTF_8.newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(body))
              .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw Payloads.invalid("request body is not valid UTF-8");
    }
  }

  private static Object plain(JsonNode node) {
    if (node.isObject()) {
      Map<String, Object> map = new LinkedHashMap<>();
      node.properties().forEach(field -> map.put(Text.storable(field.getKey()), plain(field.getValue())));
      return map;
    }
    if (node.isArray()) {
      List<Object> list = new ArrayList<>(node.size());
      node.forEach(item -> list.add(plain(item)));
      return list;
    }
    if (node.isIntegralNumber()) {
      return node.canConvertToLong() ? (Object) node.longValue() : node.bigIntegerValue();
    }
    if (node.isNumber()) {
      BigDecimal exact = node.decimalValue();
      double d = exact.doubleValue();
      return Double.isFinite(d) ? (Object) d : exact;
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    return node.isNull() ? null : Text.storable(node.asText());
  }
}
