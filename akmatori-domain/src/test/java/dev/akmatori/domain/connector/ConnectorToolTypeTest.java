package dev.akmatori.domain.connector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.domain.tool.SettingsSchema;
import dev.akmatori.domain.tool.ToolKind;
import dev.akmatori.domain.tool.ToolOperation;
import dev.akmatori.domain.tool.ToolTypeDefinition;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The tool type a connector registers (contract §3.8 "Registered tool type"). */
class ConnectorToolTypeTest {
  private static final ToolDefinition GET_ITEM = new ToolDefinition("get_item", "Reads one item", HttpMethod.GET,
      "/items/{{id}}", List.of(
          new ConnectorParam("id", ParamType.STRING, true, ParamLocation.PATH, null),
          new ConnectorParam("limit", ParamType.INTEGER, true, ParamLocation.QUERY, 10L),
          new ConnectorParam("verbose", ParamType.BOOLEAN, false, ParamLocation.HEADER, null)),
      true);
  private static final ToolDefinition CREATE = new ToolDefinition("create_item", null, HttpMethod.POST, "/items",
      List.of(new ConnectorParam("price", ParamType.NUMBER, true, ParamLocation.BODY, null)), false);

  private static HttpConnectorSpec spec(ConnectorAuth auth) {
    return new HttpConnectorSpec("Shop", "The shop API", "shop_url", auth, List.of(GET_ITEM, CREATE), true);
  }

  @Test
  void theTypeIsNamedAfterTheConnector_kindHttpConnector_withItsDescription_oneOperationPerTool() {
    ToolTypeDefinition type = spec(null).toolType();

    assertThat(type.name()).isEqualTo("Shop");
    assertThat(type.kind()).isEqualTo(ToolKind.HTTP_CONNECTOR);
    assertThat(type.description()).isEqualTo("The shop API");
    assertThat(type.operations()).extracting(ToolOperation::name).containsExactly("get_item", "create_item");
    assertThat(type.operations()).extracting(ToolOperation::readOnly).containsExactly(true, false);
    assertThat(type.operations()).extracting(ToolOperation::description).containsExactly("Reads one item", "");
  }

  @Test
  void withoutAuth_theSchemaIsTheBaseUrlFieldAlone_aRequiredUri() {
    assertThat(spec(null).toolType().settingsSchema().toMap()).isEqualTo(Map.of(
        "type", "object",
        "properties", Map.of("shop_url", Map.of("type", "string", "format", "uri")),
        "required", List.of("shop_url")));
  }

  @Test
  void bearerAndApiKey_addTheirTokenField_secretAndRequired() {
    SettingsSchema bearer = spec(new ConnectorAuth(AuthMethod.BEARER_TOKEN, null, null)).toolType().settingsSchema();
    SettingsSchema apiKey = spec(new ConnectorAuth(AuthMethod.API_KEY, "api_key", "X-Key")).toolType().settingsSchema();

    assertThat(bearer.propertyNames()).containsExactly("shop_url", "token");
    assertThat(bearer.requiredNames()).containsExactly("shop_url", "token");
    assertThat(bearer.secretPaths()).containsExactly("token");
    assertThat(bearer.property("token")).contains(Map.of("type", "string", "secret", true));
    assertThat(apiKey.propertyNames()).containsExactly("shop_url", "api_key");
    assertThat(apiKey.secretPaths()).containsExactly("api_key");
  }

  @Test
  void basicAuth_addsUsernameRequired_andPasswordSecretRequired() {
    SettingsSchema basic = spec(new ConnectorAuth(AuthMethod.BASIC_AUTH, null, null)).toolType().settingsSchema();

    assertThat(basic.propertyNames()).containsExactly("shop_url", "username", "password");
    assertThat(basic.requiredNames()).containsExactly("shop_url", "username", "password");
    assertThat(basic.secretPaths()).containsExactly("password");
  }

  @Test
  void inputSchemas_makeEachParamAPropertyOfItsType_describedByWhereItGoes_requiredOnlyWithoutDefault() {
    ToolTypeDefinition type = spec(null).toolType();

    assertThat(type.operation("get_item").orElseThrow().inputSchema().toMap()).isEqualTo(Map.of(
        "type", "object",
        "properties", Map.of(
            "id", Map.of("type", "string", "description", "Parameter (path)"),
            "limit", Map.of("type", "integer", "description", "Parameter (query)", "default", 10L),
            "verbose", Map.of("type", "boolean", "description", "Parameter (header)")),
        "required", List.of("id")));
    assertThat(type.operation("create_item").orElseThrow().inputSchema().toMap().get("properties"))
        .isEqualTo(Map.of("price", Map.of("type", "number", "description", "Parameter (body)")));
  }
}
