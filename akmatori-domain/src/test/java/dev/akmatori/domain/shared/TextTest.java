package dev.akmatori.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {
  @Test
  void unstorable_namesANulCharacter() {
    assertThat(Text.unstorable("a\u0000b")).isEqualTo(Text.NUL);
    assertThat(Text.unstorable("\u0000")).isEqualTo(Text.NUL);
  }

  @Test
  void unstorable_namesALoneSurrogate_highOrLow_anywhere() {
    assertThat(Text.unstorable("a\ud800b")).isEqualTo(Text.UNPAIRED_SURROGATE);
    assertThat(Text.unstorable("a\udc00")).isEqualTo(Text.UNPAIRED_SURROGATE);
    assertThat(Text.unstorable("\ud800")).isEqualTo(Text.UNPAIRED_SURROGATE);
    assertThat(Text.unstorable("\udc00\ud800")).isEqualTo(Text.UNPAIRED_SURROGATE);
  }

  @Test
  void unstorable_acceptsEveryOtherText_pairedSurrogatesAndControlCharactersIncluded() {
    assertThat(Text.unstorable("")).isNull();
    assertThat(Text.unstorable("plain text")).isNull();
    assertThat(Text.unstorable("🔥 名前 \u202e \t\r\n\u0001\u007f\uffff")).isNull();
  }

  @Test
  void storable_replacesEachNulAndLoneSurrogateWithTheReplacementCharacter_andKeepsPairs() {
    assertThat(Text.storable("a\u0000b\ud800c\udc00🔥")).isEqualTo("a\ufffdb\ufffdc\ufffd🔥");
    assertThat(Text.storable("\ud800\ud800\udc00")).isEqualTo("\ufffd\ud800\udc00");
  }

  @Test
  void storable_returnsStorableTextAsItIs() {
    String text = "Disk full on web-1 🔥";
    assertThat(Text.storable(text)).isSameAs(text);
  }
}
