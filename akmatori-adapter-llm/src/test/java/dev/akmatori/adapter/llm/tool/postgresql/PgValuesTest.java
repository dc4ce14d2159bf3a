package dev.akmatori.adapter.llm.tool.postgresql;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PgValuesTest {
  @Test
  void integersBeyond2To53_becomeStrings() {
    assertThat(PgValues.integer(9_007_199_254_740_991L)).isEqualTo(9_007_199_254_740_991L);
    assertThat(PgValues.integer(-9_007_199_254_740_992L)).isEqualTo("-9007199254740992");
  }

  @Test
  void numericsOfUpTo15Digits_areNumbers_longerOnesAndNaNAreText() {
    assertThat(PgValues.numeric("123456789012.345")).isEqualTo(new BigDecimal("123456789012.345"));
    assertThat(PgValues.numeric("1234567890123.456")).isEqualTo("1234567890123.456");
    assertThat(PgValues.numeric("NaN")).isEqualTo("NaN");
  }

  @Test
  void binaryUpTo1KiB_isBase64_largerIsAPlaceholder() {
    assertThat(PgValues.bytes(new byte[] {1, 2, 3})).isEqualTo("AQID");
    assertThat(PgValues.bytes(new byte[2048])).isEqualTo("<binary data, 2048 bytes>");
  }

  @Test
  void nestedArrayElements_becomeNestedLists() {
    Object[] matrix = {new Integer[] {1, 2}, new Integer[] {3, null}};

    assertThat(PgValues.element(matrix)).isEqualTo(List.of(List.of(1L, 2L), Arrays.asList(3L, null)));
    assertThat(PgValues.element(Double.POSITIVE_INFINITY)).isEqualTo("Infinity");
  }
}
