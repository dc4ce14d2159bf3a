package dev.akmatori.domain.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.domain.connector.HttpConnectorInput.AuthInput;
import dev.akmatori.domain.connector.HttpConnectorInput.ParamInput;
import dev.akmatori.domain.connector.HttpConnectorInput.ToolInput;
import dev.akmatori.domain.shared.ValidationException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Every validation message of contract §3.8, creation defaults and the merged partial update. */
class HttpConnectorInputTest {
  private static final ToolInput LIST = new ToolInput("list_items", "Lists items", "GET", "/items", null, null);

  private static HttpConnectorInput create(String name, String baseUrlField, List<ToolInput> tools) {
    return new HttpConnectorInput(name, null, baseUrlField, null, false, tools, null, null);
  }

  private static HttpConnectorInput withTools(ToolInput... tools) {
    return create("api", "base_url", Arrays.asList(tools));
  }

  private static HttpConnectorInput withAuth(AuthInput auth) {
    return new HttpConnectorInput("api", null, "base_url", auth, false, List.of(LIST), null, null);
  }

  private static ToolInput tool(String name, String method, String path, Boolean readOnly, ParamInput... params) {
    return new ToolInput(name, null, method, path, Arrays.asList(params), readOnly);
  }

  private static ParamInput param(String name, String type, String in) {
    return new ParamInput(name, type, null, in, null);
  }

  private static Consumer<ValidationException> exactly(Map<String, String> expected) {
    return e -> assertThat(e.details()).containsExactlyInAnyOrderEntriesOf(expected);
  }

  private static void fails(HttpConnectorInput input, Map<String, String> expected) {
    assertThatThrownBy(input::toNewSpec).isInstanceOfSatisfying(ValidationException.class, exactly(expected));
  }

  @Test
  void newSpec_appliesDefaults_enabledTrue_descriptionEmpty_noAuth_readOnlyTrue_typeString() {
    HttpConnectorSpec spec = withTools(tool("get_item", "GET", "/items/{{id}}", null,
        new ParamInput("id", null, true, "path", null))).toNewSpec();

    assertThat(spec.enabled()).isTrue();
    assertThat(spec.description()).isEmpty();
    assertThat(spec.auth()).isNull();
    ToolDefinition tool = spec.tools().get(0);
    assertThat(tool.readOnly()).isTrue();
    assertThat(tool.description()).isEmpty();
    assertThat(tool.params().get(0)).isEqualTo(new ConnectorParam("id", ParamType.STRING, true, ParamLocation.PATH, null));
  }

  @Test
  void missingRequiredFields_areAllReportedAtOnce() {
    fails(create(null, null, null), Map.of(
        "tool_type_name", "is required",
        "base_url_field", "is required",
        "tools", "is required"));
    fails(create(" ", "", List.of()), Map.of(
        "tool_type_name", "is required",
        "base_url_field", "is required",
        "tools", "at least one tool definition is required"));
  }

  @Test
  void toolTypeName_mustStartWithALetter_useOnlyLettersDigitsUnderscoreHyphen_andBeAtMost128() {
    String rule = "must start with a letter and contain only letters, digits, '_' or '-'";
    for (String bad : List.of("1api", "_api", "my api", "my.api", "api!", "ä")) {
      fails(create(bad, "base_url", List.of(LIST)), Map.of("tool_type_name", rule));
    }
    fails(create("a" + "b".repeat(128), "base_url", List.of(LIST)),
        Map.of("tool_type_name", "must be at most 128 characters"));
    assertThat(create("A" + "b_-9".repeat(31) + "xyz", "base_url", List.of(LIST)).toNewSpec().toolTypeName())
        .hasSize(128);
  }

  @Test
  void baseUrlFieldAndDescription_haveTheirLengthLimits() {
    HttpConnectorInput input = new HttpConnectorInput(
        "api", "d".repeat(1025), "f".repeat(129), null, false, List.of(LIST), null, null);

    assertThatThrownBy(input::toNewSpec).isInstanceOfSatisfying(ValidationException.class, exactly(Map.of(
        "base_url_field", "must be at most 128 characters",
        "description", "must be at most 1024 characters")));
    assertThat(new HttpConnectorInput("api", "é".repeat(1024), "f".repeat(128), null, false, List.of(LIST), null, null)
        .toNewSpec().description()).hasSize(1024);
  }

  @Test
  void authMethod_isRequired_andMustBeOneOfTheThree() {
    fails(withAuth(new AuthInput(null, "key", null)), Map.of("auth_config.method", "is required"));
    fails(withAuth(new AuthInput("oauth2", null, null)),
        Map.of("auth_config.method", "must be one of bearer_token, basic_auth, api_key"));
    fails(withAuth(new AuthInput("Bearer_Token", null, null)),
        Map.of("auth_config.method", "must be one of bearer_token, basic_auth, api_key"));
  }

  @Test
  void authConfig_defaultsTokenFieldAndHeaderName_emptyCountsAsOmitted() {
    ConnectorAuth auth = withAuth(new AuthInput("api_key", "", null)).toNewSpec().auth();

    assertThat(auth).isEqualTo(new ConnectorAuth(AuthMethod.API_KEY, "token", "X-API-Key"));
  }

  @Test
  void authSettings_mayNotCollideWithTheBaseUrlField_andTheHeaderNameMustBeOne() {
    fails(new HttpConnectorInput("api", null, "token", new AuthInput("bearer_token", null, null), false,
        List.of(LIST), null, null), Map.of("auth_config.token_field", "must differ from base_url_field"));
    fails(new HttpConnectorInput("api", null, "password", new AuthInput("basic_auth", null, null), false,
        List.of(LIST), null, null), Map.of("base_url_field", "must not be username or password with basic_auth"));
    fails(withAuth(new AuthInput("api_key", null, "X Api Key")),
        Map.of("auth_config.header_name", "must be a valid HTTP header name"));
  }

  @Test
  void toolNames_areRequired_andUnique() {
    fails(withTools(tool(null, "GET", "/a", null), tool("", "GET", "/b", null)), Map.of(
        "tools[0].name", "is required",
        "tools[1].name", "is required"));
    fails(withTools(tool("same", "GET", "/a", null), tool("other", "GET", "/b", null), tool("same", "GET", "/c", null)),
        Map.of("tools[2].name", "duplicate tool name 'same'"));
  }

  @Test
  void httpMethod_mustBeOneOfTheFour_exactly_andPathIsRequired() {
    String rule = "must be one of GET, POST, PUT, DELETE";
    fails(withTools(tool("a", "PATCH", "/a", false), tool("b", "get", "/b", null), tool("c", null, " ", false)), Map.of(
        "tools[0].http_method", rule,
        "tools[1].http_method", rule,
        "tools[2].http_method", rule,
        "tools[2].path", "is required"));
  }

  @Test
  void readOnlyTools_mustUseGet_omittedReadOnlyCountsAsTrue() {
    fails(withTools(tool("a", "POST", "/a", null), tool("b", "DELETE", "/b", true), tool("c", "PUT", "/c", false)),
        Map.of(
            "tools[0].read_only", "read-only tools must use GET",
            "tools[1].read_only", "read-only tools must use GET"));
  }

  @Test
  void params_needANameUniqueInTheirTool_aKnownInAndAKnownType() {
    fails(withTools(tool("a", "GET", "/a", null,
        param("q", null, "query"),
        param(null, "string", "query"),
        param("q", "string", "header"),
        param("x", "object", "cookie"),
        param("y", null, null))), Map.of(
            "tools[0].params[1].name", "is required",
            "tools[0].params[2].name", "duplicate param name 'q'",
            "tools[0].params[3].in", "must be one of path, query, body, header",
            "tools[0].params[3].type", "must be one of string, integer, number, boolean",
            "tools[0].params[4].in", "must be one of path, query, body, header"));
  }

  @Test
  void theSameParamName_inTwoTools_isFine() {
    HttpConnectorSpec spec = withTools(tool("a", "GET", "/a", null, param("q", null, "query")),
        tool("b", "GET", "/b", null, param("q", "integer", "query"))).toNewSpec();

    assertThat(spec.tools()).hasSize(2);
  }

  @Test
  void inputErrors_areReportedWithTheRules_andWinForTheirField() {
    HttpConnectorInput input = new HttpConnectorInput(null, null, "u", null, false, List.of(LIST), null,
        Map.of("tool_type_name", "must be a string", "tools[0].params", "must be an array"));

    assertThatThrownBy(input::toNewSpec).isInstanceOfSatisfying(ValidationException.class, exactly(Map.of(
        "tool_type_name", "must be a string",
        "tools[0].params", "must be an array")));
  }

  @Test
  void update_isPartial_keepsOmittedFields_andReValidatesTheMergedRecord() {
    HttpConnectorSpec stored = withAuth(new AuthInput("api_key", "key", "X-Key")).toNewSpec();

    HttpConnectorSpec renamed = new HttpConnectorInput("Api2", "now described", null, null, false, null, false, null)
        .applyTo(stored);
    HttpConnectorInput clash = new HttpConnectorInput(null, null, "key", null, false, null, null, null);

    assertThat(renamed.toolTypeName()).isEqualTo("Api2");
    assertThat(renamed.description()).isEqualTo("now described");
    assertThat(renamed.baseUrlField()).isEqualTo("base_url");
    assertThat(renamed.auth()).isEqualTo(stored.auth());
    assertThat(renamed.tools()).isEqualTo(stored.tools());
    assertThat(renamed.enabled()).isFalse();
    assertThatThrownBy(() -> clash.applyTo(stored)).isInstanceOfSatisfying(ValidationException.class,
        exactly(Map.of("auth_config.token_field", "must differ from base_url_field")));
  }

  @Test
  void update_authNullClears_anAuthObjectReplacesTheStoredOneWhole_toolsReplaceWhole() {
    HttpConnectorSpec stored = withAuth(new AuthInput("api_key", "key", "X-Key")).toNewSpec();
    ToolInput post = tool("create", "POST", "/items", false, param("title", null, "body"));

    HttpConnectorSpec cleared = new HttpConnectorInput(null, null, null, null, true, null, null, null).applyTo(stored);
    HttpConnectorSpec bearer = new HttpConnectorInput(null, null, null, new AuthInput("bearer_token", null, null), false,
        List.of(post), null, null).applyTo(stored);

    assertThat(cleared.auth()).isNull();
    assertThat(bearer.auth()).isEqualTo(new ConnectorAuth(AuthMethod.BEARER_TOKEN, "token", "X-API-Key"));
    assertThat(bearer.tools()).extracting(ToolDefinition::name).containsExactly("create");
  }
}
