package dev.akmatori.domain.tool;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.domain.shared.ValidationException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/** Whole-catalogue rules: only §3.4.1 keywords, JSON-like values, §6 argument typing, descriptions. */
class CatalogueSchemaRulesTest {
  private static final Set<String> KEYWORDS = Set.of("type", "description", "default", "enum", "minimum",
      "maximum", "format", "items", "properties", "required", "secret");

  /** Visits every property schema (name, map), nested ones included. */
  private static void eachProperty(Map<?, ?> schema, BiConsumer<String, Map<?, ?>> visitor) {
    Object properties = schema.get("properties");
    if (properties instanceof Map) {
      ((Map<?, ?>) properties).forEach((name, child) -> {
        visitor.accept((String) name, (Map<?, ?>) child);
        eachProperty((Map<?, ?>) child, visitor);
      });
    }
    if (schema.get("items") instanceof Map) {
      eachProperty((Map<?, ?>) schema.get("items"), visitor);
    }
  }

  private static void allSchemas(BiConsumer<String, Map<String, Object>> visitor) {
    for (ToolTypeDefinition type : BuiltinToolTypes.ALL) {
      visitor.accept(type.name() + " settings", type.settingsSchema().toMap());
      type.operations().forEach(op -> visitor.accept(type.name() + "." + op.name(), op.inputSchema().toMap()));
    }
  }

  @Test
  void onlyContractKeywords_andOnlyJsonLikeValues() {
    allSchemas((where, schema) -> {
      assertJsonLike(where, schema);
      eachProperty(schema, (name, property) ->
          assertThat(Set.<Object>copyOf(property.keySet())).as(where + " " + name).isSubsetOf(KEYWORDS));
    });
  }

  private static void assertJsonLike(String where, Object value) {
    if (value instanceof Map) {
      ((Map<?, ?>) value).forEach((k, v) -> {
        assertThat(k).as(where).isInstanceOf(String.class);
        assertJsonLike(where, v);
      });
    } else if (value instanceof List) {
      ((List<?>) value).forEach(v -> assertJsonLike(where, v));
    } else {
      assertThat(value).as(where).isInstanceOfAny(String.class, Long.class, Double.class, Boolean.class);
    }
  }

  @Test
  void argumentsAreNeverSecret_andEverythingIsDescribedForTheAgent() {
    for (ToolTypeDefinition type : BuiltinToolTypes.ALL) {
      for (ToolOperation op : type.operations()) {
        String where = type.name() + "." + op.name();
        assertThat(op.description()).as(where).isNotBlank().endsWith(".");
        assertThat(op.inputSchema().secretPaths()).as(where).isEmpty();
        eachProperty(op.inputSchema().toMap(), (name, p) ->
            assertThat(p.get("description")).as(where + " " + name).isNotNull());
      }
      eachProperty(type.settingsSchema().toMap(), (name, p) ->
          assertThat(p.get("description")).as(type.name() + " " + name).isNotNull());
    }
  }

  @Test
  void argumentTypes_followTheUnstatedTypesParagraph() {
    allSchemas((where, schema) -> {
      if (where.endsWith(" settings")) {
        return;
      }
      ((Map<?, ?>) schema.get("properties")).forEach((key, value) -> {
        String name = (String) key;
        Map<?, ?> p = (Map<?, ?>) value;
        String at = where + " " + name;
        if (Set.of("limit", "offset", "page_number", "page_size").contains(name)) {
          assertThat(p.get("type")).as(at).isEqualTo("integer");
        } else if (name.endsWith("_id") || name.equals("id") || name.endsWith("uid") || name.endsWith("_name")) {
          assertThat(p.get("type")).as(at).isEqualTo("string");
        } else if (name.endsWith("ids") || name.equals("statuses") || name.equals("tags")) {
          assertThat(p.get("type")).as(at).isEqualTo("array");
          assertThat(p.get("items")).as(at).isEqualTo(Map.of("type", "string"));
        } else if (name.equals("matchers") || name.equals("queries")) {
          assertThat(p.get("items")).as(at).isEqualTo(Map.of("type", "object"));
        } else if (Set.of("filter", "search", "params", "query_params").contains(name)) {
          assertThat(p.get("type")).as(at).isEqualTo("object");
        } else if (Set.of("instant", "previous", "only_true", "recent", "active_only").contains(name)) {
          assertThat(p.get("type")).as(at).isEqualTo("boolean");
        } else if (name.equals("time") || name.startsWith("start") && !name.equals("start_search")
            || name.startsWith("end") || name.equals("since") || name.equals("until")) {
          assertThat(p.get("type")).as(at).isEqualTo("string");
        }
      });
    });
  }

  @Test
  void everyDefault_passesItsOwnRules() {
    for (ToolTypeDefinition type : BuiltinToolTypes.ALL) {
      SettingsSchema schema = type.settingsSchema();
      Map<String, Object> defaults = schema.withDefaults(Map.of());
      assertThat(defaults).as(type.name()).isNotEmpty();
      try {
        SettingsValidator.forBuiltinSettings(schema).validate(defaults);
      } catch (ValidationException e) {
        // Only the required settings, which have no default, may fail.
        assertThat(e.details().values()).as(type.name()).containsOnly("is required");
      }
    }
  }
}
