package dev.akmatori.adapter.llm.tool.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.application.investigation.tool.ToolCallException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArgumentsTest {
  private static Arguments of(Object... pairs) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], pairs[i + 1]);
    }
    return new Arguments(map);
  }

  @Test
  void numbersGivenWhereTextIsExpected_areRenderedPlainly() {
    Arguments args = of("time", 1.7E9, "step", 60, "query", "  up  ", "blank", " ");

    assertThat(args.optionalText("time")).contains("1700000000");
    assertThat(args.optionalText("step")).contains("60");
    assertThat(args.text("query")).isEqualTo("up");
    assertThat(args.optionalText("blank")).isEmpty();
  }

  @Test
  void oneTextWhereAListIsExpected_isAListOfOne() {
    assertThat(of("match", "up").texts("match")).containsExactly("up");
    assertThat(of("match", List.of("up", "down")).texts("match")).containsExactly("up", "down");
    assertThat(of().texts("match")).isEmpty();
  }

  @Test
  void unusableValues_areInvalidArgumentsNamingTheField() {
    assertThatThrownBy(() -> of("limit", "ten").integer("limit"))
        .isInstanceOf(ToolCallException.class).hasMessage("invalid arguments: limit: must be an integer");
    assertThatThrownBy(() -> of().text("query")).hasMessage("invalid arguments: query: is required");
    assertThatThrownBy(() -> of("previous", "yes").flag("previous"))
        .hasMessage("invalid arguments: previous: must be a boolean");
    assertThat(of("limit", "25").integer("limit")).contains(25L);
  }
}
