package dev.akmatori.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonWriterTest {
  @Test
  void writesCompactJson_inMapOrder() {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("b", 1);
    doc.put("a", List.of(true, "x", 2.5));
    doc.put("n", null);
    doc.put("o", Map.of());

    assertThat(JsonWriter.write(doc)).isEqualTo("{\"b\":1,\"a\":[true,\"x\",2.5],\"n\":null,\"o\":{}}");
  }

  @Test
  void escapesQuotesBackslashesAndEveryControlCharacter() {
    String nasty = "\"\\\n\r\t\b\f\u0000\u001f\u2028 é 🚀";

    String json = JsonWriter.write(nasty);

    assertThat(json).isEqualTo("\"\\\"\\\\\\n\\r\\t\\u0008\\u000c\\u0000\\u001f\\u2028 é 🚀\"");
    assertThat(JsonText.parse(json)).isEqualTo(nasty);
  }

  @Test
  void whatItWrites_readsBackEqual() {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("task", "Check disk on \"web-1\"\nnow");
    doc.put("alert", Map.of("labels", Map.of("severity", "critical"), "count", 3L));
    doc.put("values", List.of(1L, -2.5, new BigInteger("123456789012345678901234567890"), false));
    doc.put("nothing", null);

    assertThat(JsonText.parseObject(JsonWriter.write(doc))).isEqualTo(doc);
  }

  @Test
  void bigDecimals_areWrittenAsValidJsonNumbers() {
    assertThat(JsonText.parse(JsonWriter.write(new BigDecimal("1e400")))).isEqualTo(new BigDecimal("1e400"));
  }

  @Test
  void rejectsValuesJsonCannotHold() {
    Map<Object, Object> numericKey = new HashMap<>();
    numericKey.put(1, "x");

    assertThatThrownBy(() -> JsonWriter.write(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JsonWriter.write(Float.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JsonWriter.write(numericKey)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JsonWriter.write(Instant.EPOCH)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aSelfContainingStructure_isRejectedInsteadOfOverflowingTheStack() {
    List<Object> loop = new ArrayList<>();
    loop.add(loop);

    assertThatThrownBy(() -> JsonWriter.write(loop))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nesting deeper than");
  }
}
