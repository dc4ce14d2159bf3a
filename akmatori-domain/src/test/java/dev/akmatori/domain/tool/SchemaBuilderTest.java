package dev.akmatori.domain.tool;

import static dev.akmatori.domain.tool.SchemaBuilder.array;
import static dev.akmatori.domain.tool.SchemaBuilder.bool;
import static dev.akmatori.domain.tool.SchemaBuilder.integer;
import static dev.akmatori.domain.tool.SchemaBuilder.object;
import static dev.akmatori.domain.tool.SchemaBuilder.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SchemaBuilderTest {
  private final SettingsSchema schema = object()
      .property("api_url", string().format("uri").description("Base URL"))
      .property("api_token", string().secret())
      .property("timeout", integer().range(5, 300).defaultValue(30))
      .property("hosts", array(object()
          .property("name", string())
          .property("password", string().secret())
          .required("name")))
      .property("extra", object().property("inner_secret", string().secret()))
      .required("api_url")
      .build();

  @Test
  void toMap_isPlainJsonLikeData_inDeclarationOrder_withTheContractShape() {
    Map<String, Object> map = schema.toMap();
    assertThat(map).containsOnlyKeys("type", "properties", "required");
    assertThat(map.get("type")).isEqualTo("object");
    assertThat(map.get("required")).isEqualTo(List.of("api_url"));
    Map<?, ?> properties = (Map<?, ?>) map.get("properties");
    assertThat(List.<Object>copyOf(properties.keySet()))
        .containsExactly("api_url", "api_token", "timeout", "hosts", "extra");
    assertThat(properties.get("api_url"))
        .isEqualTo(Map.of("type", "string", "description", "Base URL", "format", "uri"));
    assertThat(properties.get("api_token")).isEqualTo(Map.of("type", "string", "secret", true));
    Map<?, ?> timeout = (Map<?, ?>) properties.get("timeout");
    assertThat(timeout.get("default")).isEqualTo(30L);
    assertThat(timeout.get("minimum")).isEqualTo(5L);
    assertThat(timeout.get("maximum")).isEqualTo(300L);
    Map<?, ?> items = (Map<?, ?>) ((Map<?, ?>) properties.get("hosts")).get("items");
    assertThat(items.get("required")).isEqualTo(List.of("name"));
  }

  @Test
  void keywordsComeInOneFixedOrder_whateverTheCallOrder() {
    Map<String, Object> a = string().secret().defaultValue("x").description("d").format("uri").toMap();
    Map<String, Object> b = string().format("uri").description("d").defaultValue("x").secret().toMap();
    assertThat(List.copyOf(a.keySet())).isEqualTo(List.copyOf(b.keySet()))
        .containsExactly("type", "description", "format", "default", "secret");
  }

  @Test
  void freeFormNestedObject_isJustTypeObject_butARootAlwaysListsPropertiesAndRequired() {
    assertThat(object().property("filter", object()).build().property("filter")).contains(Map.of("type", "object"));
    assertThat(SettingsSchema.empty().toMap())
        .isEqualTo(Map.of("type", "object", "properties", Map.of(), "required", List.of()));
  }

  @Test
  void toMap_isDeeplyImmutable() {
    assertThatThrownBy(() -> schema.toMap().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    Map<?, ?> properties = (Map<?, ?>) schema.toMap().get("properties");
    assertThatThrownBy(() -> properties.remove("api_url")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void secretPaths_coverTopLevel_arrayItems_andNestedObjects() {
    assertThat(schema.secretPaths()).containsExactlyInAnyOrder("api_token", "hosts[].password", "extra.inner_secret");
    assertThat(schema.isSecret("api_token")).isTrue();
    assertThat(schema.isSecret("hosts[3].password")).isTrue();
    assertThat(schema.isSecret("hosts[].password")).isTrue();
    assertThat(schema.isSecret("hosts[0].name")).isFalse();
    assertThat(schema.isSecret("api_url")).isFalse();
    assertThat(schema.isSecret("unknown")).isFalse();
    assertThat(schema.propertyNames()).containsExactly("api_url", "api_token", "timeout", "hosts", "extra");
    assertThat(schema.requiredNames()).containsExactly("api_url");
  }

  @Test
  void of_rebuildsTheSameSchemaFromStoredData_andKeepsOrder() {
    Map<String, Object> stored = new LinkedHashMap<>(schema.toMap());
    assertThat(SettingsSchema.of(stored)).isEqualTo(schema);
    assertThat(SettingsSchema.of(stored).propertyNames()).isEqualTo(schema.propertyNames());
  }

  @Test
  void malformedSchemas_areProgrammingErrors() {
    assertThatThrownBy(() -> SettingsSchema.of(Map.of("type", "string")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> object().property("a", string()).required("b").build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> object().property("a", string()).property("a", bool()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SettingsSchema.of(Map.of("type", "object", "properties", Map.of("a", "string"))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> object().property("a", string()).managed("b").build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void managedKeys_stayOutOfTheMap() {
    SettingsSchema withKeys = object().property("keys", array(object())).managed("keys").build();
    assertThat(withKeys.managedKeys()).isEqualTo(Set.of("keys"));
    assertThat(withKeys.toMap().toString()).doesNotContain("managed");
  }
}
