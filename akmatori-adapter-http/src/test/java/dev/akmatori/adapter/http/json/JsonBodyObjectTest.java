package dev.akmatori.adapter.http.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.akmatori.domain.shared.ValidationException;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Object fields (tool settings) become the core's plain values, nulls and order kept (§1.4). */
class JsonBodyObjectTest {
  private final ObjectMapper mapper = Json.newMapper();

  private JsonBody body(String json) throws JsonProcessingException {
    return new JsonBody((ObjectNode) mapper.readTree(json), Set.of("o"));
  }

  @Test
  void anObject_becomesOrderedPlainValues_keepingNulls_wholeFloatsAsIntegers() throws JsonProcessingException {
    JsonBody b = body("{\"o\": {\"z\": null, \"a\": [1, 2.0, 2.5, \"s\", true, {\"n\": 99999999999999999999}]}}");

    Map<String, Object> o = b.optionalObject("o");
    b.finish();

    assertThat(o.keySet()).containsExactly("z", "a");
    assertThat(o.get("z")).isNull();
    assertThat(o.get("a")).isEqualTo(
        List.of(1L, 2L, 2.5, "s", true, Map.of("n", new BigInteger("99999999999999999999"))));
  }

  @Test
  void absentOrNull_isNull_withoutAnError() throws JsonProcessingException {
    JsonBody b = body("{\"o\": null}");

    assertThat(b.optionalObject("o")).isNull();
    assertThat(b.optionalObject("missing")).isNull();
    b.finish();
  }

  @Test
  void aNonObject_mustBeAnObject_andAnOverflowingFloat_isReportedAtItsPath() throws JsonProcessingException {
    for (String json : Arrays.asList("{\"o\": [1]}", "{\"o\": {\"x\": [1e400]}}")) {
      JsonBody b = body(json);
      b.optionalObject("o");
      assertThatThrownBy(b::finish)
          .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.details())
              .containsAnyOf(Map.entry("o", "must be an object"), Map.entry("o.x[0]", "must be a number")));
    }
  }
}
