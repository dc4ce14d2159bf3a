package dev.akmatori.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonTextTest {
  @Test
  void parsesNestedObjectsArraysAndScalars_inOrder() {
    Map<String, Object> doc =
        JsonText.parseObject(
            " {\"alert\": {\"labels\": {\"severity\": \"critical\"}, \"values\": [1, -2.5, true, false, null]},"
                + " \"empty\": {}, \"none\": [] } ");

    assertThat(doc).containsOnlyKeys("alert", "empty", "none");
    assertThat(doc.keySet()).containsExactly("alert", "empty", "none");
    @SuppressWarnings("unchecked")
    Map<String, Object> alert = (Map<String, Object>) doc.get("alert");
    assertThat(alert.get("labels")).isEqualTo(Map.of("severity", "critical"));
    assertThat(alert.get("values")).isEqualTo(Arrays.asList(1L, -2.5, true, false, null));
    assertThat(doc.get("empty")).isEqualTo(Map.of());
    assertThat(doc.get("none")).isEqualTo(List.of());
  }

  @Test
  void decodesEveryEscape_includingSurrogatePairs() {
    Object value = JsonText.parse("\"q\\\" b\\\\ s\\/ \\b\\f\\n\\r\\t \\u00e9 \\uD83D\\uDE80 日本\"");

    assertThat(value).isEqualTo("q\" b\\ s/ \b\f\n\r\t é 🚀 日本");
  }

  @Test
  void numbers_areLongsOrDoubles_withBigValuesKeptExactly() {
    assertThat(JsonText.parse("0")).isEqualTo(0L);
    assertThat(JsonText.parse("-9223372036854775808")).isEqualTo(Long.MIN_VALUE);
    assertThat(JsonText.parse("9223372036854775808")).isEqualTo(new BigInteger("9223372036854775808"));
    assertThat(JsonText.parse("1.5e3")).isEqualTo(1500.0);
    assertThat(JsonText.parse("-0.25E-2")).isEqualTo(-0.0025);
    assertThat(JsonText.parse("1e400")).isEqualTo(new BigDecimal("1e400"));
  }

  @Test
  void duplicateKeys_lastOneWins() {
    assertThat(JsonText.parseObject("{\"a\":1,\"a\":2}")).isEqualTo(Map.of("a", 2L));
  }

  @Test
  void parsedContainers_areUnmodifiable() {
    Map<String, Object> doc = JsonText.parseObject("{\"list\":[1]}");

    assertThatThrownBy(() -> doc.put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> ((List<?>) doc.get("list")).clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", "   ", "{", "}", "[", "[1,]", "{\"a\":1,}", "{,}", "[,1]", "{\"a\" 1}", "{a:1}", "{'a':1}",
        "{\"a\":1} x", "01", "-", "1.", ".5", "+1", "1e", "1e+", "--1", "NaN", "Infinity", "tru", "nul",
        "\"open", "\"bad \\x escape\"", "\"short \\u12\"", "\"fullwidth \\u００41\"", "\"tab\there\"",
        "\"nl\nhere\"", "/* c */ 1", "[1] // c", "\"\\", "{\"a\":}", "[1 2]", "{\"a\":1 \"b\":2}"
      })
  void rejectsInvalidDocuments_withIllegalArgumentException(String text) {
    assertThatThrownBy(() -> JsonText.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Invalid JSON at offset ");
  }

  @Test
  void parseObject_rejectsAValidNonObjectDocument() {
    assertThatThrownBy(() -> JsonText.parseObject("[1]"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected an object");
  }

  @Test
  void errorMessages_neverEchoTheInput() {
    assertThatThrownBy(() -> JsonText.parse("{\"token\": \"sk-SECRET-VALUE\" oops}"))
        .isInstanceOf(IllegalArgumentException.class)
        .message()
        .doesNotContain("SECRET");
  }

  @Test
  void hugeNesting_isRejectedWithoutAStackOverflow() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    String deepObjects = "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000);

    assertThatThrownBy(() -> JsonText.parse(deep)).hasMessageContaining("nesting deeper than 256");
    assertThatThrownBy(() -> JsonText.parse(deepObjects)).hasMessageContaining("nesting deeper than 256");
  }

  @Test
  void nestingUpToTheLimit_isAccepted() {
    String deepest = "[".repeat(JsonText.MAX_DEPTH) + "]".repeat(JsonText.MAX_DEPTH);

    assertThat(JsonText.parse(deepest)).isInstanceOf(List.class);
  }

  @Test
  void absurdlyLongNumbers_areRejectedQuickly() {
    char[] digits = new char[1_000_000];
    Arrays.fill(digits, '7');
    String huge = new String(digits);

    long started = System.nanoTime();
    assertThatThrownBy(() -> JsonText.parse(huge)).hasMessageContaining("number too long");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    assertThat(JsonText.parse("9".repeat(JsonText.MAX_NUMBER_LENGTH))).isInstanceOf(BigInteger.class);
  }

  @Test
  void largeStrings_areParsedIntact() {
    String big = "x".repeat(2_000_000);

    assertThat(JsonText.parse("\"" + big + "\"")).isEqualTo(big);
  }
}
