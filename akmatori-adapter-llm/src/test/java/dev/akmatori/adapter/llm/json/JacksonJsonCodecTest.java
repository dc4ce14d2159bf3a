package dev.akmatori.adapter.llm.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JacksonJsonCodecTest {
  private final JacksonJsonCodec codec = new JacksonJsonCodec();

  @Test
  void jsonLikeValues_areWrittenCompactly_inMapOrder() {
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("b", 1);
    value.put("a", Arrays.asList("x", null, true, 2.5));
    value.put("text", "line\n\"quoted\"");

    assertThat(codec.write(value)).isEqualTo("{\"b\":1,\"a\":[\"x\",null,true,2.5],\"text\":\"line\\n\\\"quoted\\\"\"}");
    assertThat(codec.write("plain")).isEqualTo("\"plain\"");
  }

  @Test
  void text_isReadIntoMapsListsAndNumbers_keepingKeyOrder() {
    Object value = codec.read("{\"z\": 1, \"a\": [1.5, \"s\", false, null], \"big\": 12345678901}");

    assertThat(value).isInstanceOf(LinkedHashMap.class);
    Map<?, ?> map = (Map<?, ?>) value;
    assertThat(List.copyOf(map.keySet())).isEqualTo(List.of("z", "a", "big"));
    assertThat(map.get("a")).isEqualTo(Arrays.asList(1.5, "s", false, null));
    assertThat(map.get("big")).isEqualTo(12345678901L);
    assertThat(codec.read("[]")).isEqualTo(List.of());
  }

  @Test
  void invalidText_andValuesWithoutAJsonForm_areIllegalArguments() {
    assertThatThrownBy(() -> codec.read("{\"a\": ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("invalid JSON");
    assertThatThrownBy(() -> codec.read("{} {}")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> codec.read("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> codec.write(Map.of("at", Instant.EPOCH))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void writeThenRead_givesTheSameValue() {
    Map<String, Object> value = Map.of("list", List.of(1, "two", Map.of("three", 3)));

    assertThat(codec.read(codec.write(value))).isEqualTo(value);
  }
}
