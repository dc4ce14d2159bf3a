package dev.akmatori.adapter.llm.tool.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.application.investigation.tool.ToolCallException;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SqlArgumentsTest {
  @Test
  void integers_acceptWholeNumbersOfAnyJsonType_andApplyRangeAndFallback() {
    assertThat(new SqlArguments(Map.of("limit", 5)).integer("limit", 100, 1, 1000)).isEqualTo(5);
    assertThat(new SqlArguments(Map.of("limit", 5L)).integer("limit", 100, 1, 1000)).isEqualTo(5);
    assertThat(new SqlArguments(Map.of("limit", 5.0)).integer("limit", 100, 1, 1000)).isEqualTo(5);
    assertThat(new SqlArguments(Map.of()).integer("limit", 100, 1, 1000)).isEqualTo(100);
    assertThatThrownBy(() -> new SqlArguments(Map.of("limit", 2.5)).integer("limit", 100, 1, 1000))
        .isInstanceOf(ToolCallException.class).hasMessage("invalid arguments: limit: must be an integer");
    assertThatThrownBy(() -> new SqlArguments(Map.of("limit", new BigInteger("99999999999999999999")))
        .integer("limit", 100, 1, 1000)).hasMessage("invalid arguments: limit: must be an integer");
    assertThatThrownBy(() -> new SqlArguments(Map.of("limit", "10")).integer("limit", 100, 1, 1000))
        .hasMessage("invalid arguments: limit: must be an integer");
  }

  @Test
  void texts_treatBlankAsAbsent_andRequiredOnesSayIsRequired() {
    Map<String, Object> args = new HashMap<>();
    args.put("schema", " ");
    args.put("table_name", null);

    assertThat(new SqlArguments(args).text("schema")).isEmpty();
    assertThatThrownBy(() -> new SqlArguments(args).requiredText("table_name"))
        .hasMessage("invalid arguments: table_name: is required");
    assertThatThrownBy(() -> new SqlArguments(Map.of("query", 1)).requiredText("query"))
        .hasMessage("invalid arguments: query: must be a string");
  }

  @Test
  void countsMustNotBeNegative_andFlagsMustBeBooleans() {
    assertThatThrownBy(() -> new SqlArguments(Map.of("min_duration_seconds", -1)).count("min_duration_seconds"))
        .hasMessage("invalid arguments: min_duration_seconds: must not be negative");
    assertThat(new SqlArguments(Map.of("blocked_only", true)).flag("blocked_only")).isTrue();
    assertThat(new SqlArguments(null).flag("blocked_only")).isFalse();
    assertThatThrownBy(() -> new SqlArguments(Map.of("blocked_only", "yes")).flag("blocked_only"))
        .hasMessage("invalid arguments: blocked_only: must be a boolean");
  }
}
