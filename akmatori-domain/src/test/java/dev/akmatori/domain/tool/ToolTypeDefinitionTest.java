package dev.akmatori.domain.tool;

import static dev.akmatori.domain.tool.SchemaBuilder.object;
import static dev.akmatori.domain.tool.SchemaBuilder.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.domain.shared.ValidationException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ToolTypeDefinitionTest {
  private static final ToolOperation LIST = new ToolOperation("list", "List.", true, SettingsSchema.empty());

  @Test
  void operationNames_areUniqueWithinAType_andTypeNamesHaveNoDot() {
    SettingsSchema none = SettingsSchema.empty();
    assertThatThrownBy(() -> new ToolTypeDefinition("crm", ToolKind.HTTP_CONNECTOR, "", none, List.of(LIST, LIST)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ToolTypeDefinition("a.b", ToolKind.HTTP_CONNECTOR, "", none, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    ToolTypeDefinition type = new ToolTypeDefinition("crm", ToolKind.HTTP_CONNECTOR, null, none, List.of(LIST));
    assertThat(type.operation("list")).contains(LIST);
    assertThat(type.operation("nope")).isEmpty();
    assertThat(type.description()).isEmpty();
  }

  @Test
  void kind_wireNames() {
    assertThat(ToolKind.BUILTIN.wireName()).isEqualTo("builtin");
    assertThat(ToolKind.fromWireName("http_connector")).isEqualTo(ToolKind.HTTP_CONNECTOR);
    assertThatThrownBy(() -> ToolKind.fromWireName("BUILTIN")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void arguments_areCheckedAgainstTheInputSchema_withBarePaths() {
    ToolOperation query = BuiltinToolTypes.byName("postgresql").orElseThrow().operation("execute_query").orElseThrow();
    assertThatCode(() -> query.validateArguments(Map.of("query", "select 1", "limit", 10.0)))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> query.validateArguments(Map.of("limit", "10")))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.details())
            .containsEntry("query", "is required").containsEntry("limit", "must be an integer"));
    assertThatThrownBy(() -> query.validateArguments(Map.of("query", "select 1", "limit", 5000L)))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.details())
            .containsExactly(Map.entry("limit", "must be between 1 and 1000")));
  }

  @Test
  void netBoxListOperations_acceptAnyFilterName() {
    ToolOperation sites = BuiltinToolTypes.byName("netbox").orElseThrow().operation("get_sites").orElseThrow();
    assertThatCode(() -> sites.validateArguments(Map.of("region", "eu", "q", "fra"))).doesNotThrowAnyException();
  }

  @Test
  void equalSchemas_makeEqualOperations() {
    SettingsSchema a = object().property("q", string()).build();
    SettingsSchema b = object().property("q", string()).build();
    assertThat(new ToolOperation("x", "d", true, a)).isEqualTo(new ToolOperation("x", "d", true, b));
  }
}
