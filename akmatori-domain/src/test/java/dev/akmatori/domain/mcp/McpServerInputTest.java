package dev.akmatori.domain.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.domain.mcp.McpServerInput.AuthInput;
import dev.akmatori.domain.shared.Secret;
import dev.akmatori.domain.shared.ValidationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Creation defaults, partial updates, the echo rule and the merged re-validation of §3.9. */
class McpServerInputTest {
  private static McpServerInput input(String name, String transport, String url, String command) {
    return new McpServerInput(name, transport, url, command, null, null, "fs", null, false, null, null);
  }

  private static McpServerInput envChange(Map<String, String> env) {
    return new McpServerInput(null, null, null, null, null, env, null, null, false, null, null);
  }

  private static McpServerInput authChange(AuthInput auth, boolean clear) {
    return new McpServerInput(null, null, null, null, null, null, null, auth, clear, null, null);
  }

  private static Consumer<ValidationException> details(Map<String, String> expected) {
    return e -> assertThat(e.details()).containsExactlyInAnyOrderEntriesOf(expected);
  }

  private static McpServerSpec stored() {
    Map<String, Secret> env = new LinkedHashMap<>();
    env.put("TOKEN", Secret.of("ghp_secret_1234"));
    env.put("REGION", Secret.of("eu-west-1"));
    return new McpServerSpec("fs", McpTransport.STDIO, "", "npx", List.of("-y", "pkg"), env, "fs", null, true);
  }

  private static McpServerSpec storedHttp() {
    McpAuth auth = new McpAuth(McpAuthType.HEADER, Secret.of("tok-0001-abcd"), "X-Api-Key");
    return new McpServerSpec(
        "remote", McpTransport.STREAMABLE_HTTP, "https://mcp.example.com/mcp", "", List.of(), Map.of(), "remote", auth, true);
  }

  @Test
  void newSpec_defaultsToEnabledWithEmptyUrlArgsEnvAndNoAuth() {
    McpServerSpec spec = input(" Files ", "stdio", null, "npx").toNewSpec();

    assertThat(spec.name()).isEqualTo("Files");
    assertThat(spec.url()).isEmpty();
    assertThat(spec.args()).isEmpty();
    assertThat(spec.envVars()).isEmpty();
    assertThat(spec.auth()).isNull();
    assertThat(spec.enabled()).isTrue();
  }

  @Test
  void newSpec_missingRequiredFields_areAllReportedWithInputErrors() {
    McpServerInput empty =
        new McpServerInput(null, null, null, null, null, null, null, null, false, null, Map.of("enabled", "must be a boolean"));

    assertThatThrownBy(empty::toNewSpec)
        .isInstanceOfSatisfying(ValidationException.class, details(Map.of(
            "name", "is required",
            "transport", "is required",
            "namespace_prefix", "is required",
            "enabled", "must be a boolean")));
  }

  @Test
  void newSpec_unknownTransportAndAuthType_useTheContractMessages() {
    McpServerInput bad = new McpServerInput(
        "x", "websocket", null, null, null, null, "x", new AuthInput("basic", "t", null), false, null, null);

    assertThatThrownBy(bad::toNewSpec)
        .isInstanceOfSatisfying(ValidationException.class, details(Map.of(
            "transport", "must be one of stdio, sse, streamable_http",
            "auth_config.type", "must be one of bearer_token, header")));
  }

  @Test
  void newSpec_inputErrorWins_overTheRuleMessageOfTheSameField() {
    McpServerInput bad =
        new McpServerInput(null, "stdio", null, "npx", null, null, "p", null, false, null, Map.of("name", "must be a string"));

    assertThatThrownBy(bad::toNewSpec)
        .isInstanceOfSatisfying(ValidationException.class, details(Map.of("name", "must be a string")));
  }

  @Test
  void newSpec_authNeedsTypeAndToken_andHeaderAuthNeedsAHeaderName() {
    McpServerInput noType = new McpServerInput(
        "x", "sse", "http://h/sse", null, null, null, "x", new AuthInput(null, null, null), false, null, null);
    McpServerInput header = new McpServerInput(
        "x", "sse", "http://h/sse", null, null, null, "x", new AuthInput("header", "****1234", " "), false, null, null);

    assertThatThrownBy(noType::toNewSpec)
        .isInstanceOfSatisfying(ValidationException.class, details(Map.of(
            "auth_config.type", "is required", "auth_config.token", "is required")));
    assertThatThrownBy(header::toNewSpec)
        .isInstanceOfSatisfying(ValidationException.class, details(Map.of(
            "auth_config.token", "is required", "auth_config.header_name", "is required for header auth")));
  }

  @Test
  void newSpec_maskedEnvValueWithNothingStored_isRejected() {
    McpServerInput masked = new McpServerInput(
        "x", "stdio", null, "npx", null, Map.of("KEY", "****abcd"), "x", null, false, null, null);

    assertThatThrownBy(masked::toNewSpec)
        .isInstanceOfSatisfying(ValidationException.class, details(Map.of(
            "env_vars.KEY", "is masked but no value is stored for it")));
  }

  @Test
  void update_omittedFieldsKeepTheirValues() {
    McpServerSpec merged = input(null, null, null, null).applyTo(stored());

    assertThat(merged).isEqualTo(stored());
  }

  @Test
  void update_envReplacesTheWholeMap_maskedValuesKeepTheirStoredValue_emptyClears() {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("TOKEN", "****1234");
    env.put("REGION", "");
    env.put("NEW_ONE", "fresh");

    McpServerSpec merged = envChange(env).applyTo(stored());

    assertThat(merged.envVars()).containsOnlyKeys("TOKEN", "REGION", "NEW_ONE");
    assertThat(merged.envVars().get("TOKEN").reveal()).isEqualTo("ghp_secret_1234");
    assertThat(merged.envVars().get("REGION").reveal()).isEmpty();
    assertThat(merged.envVars().get("NEW_ONE").reveal()).isEqualTo("fresh");
    assertThat(envChange(Map.of()).applyTo(stored()).envVars()).isEmpty();
  }

  @Test
  void update_changingTransport_requiresSendingTheFieldThatNoLongerAppliesAsEmpty() {
    McpServerInput toHttp = input(null, "streamable_http", "https://mcp.example.com/mcp", null);
    McpServerInput toHttpClearing = input(null, "streamable_http", "https://mcp.example.com/mcp", "");

    assertThatThrownBy(() -> toHttp.applyTo(stored()))
        .isInstanceOfSatisfying(ValidationException.class, details(Map.of(
            "command", "must be empty for streamable_http transport")));
    assertThat(toHttpClearing.applyTo(stored()).transport()).isEqualTo(McpTransport.STREAMABLE_HTTP);
  }

  @Test
  void update_authNullClears_authObjectMergesOverTheStoredOne_maskedTokenKeepsIt() {
    McpServerSpec cleared = authChange(null, true).applyTo(storedHttp());
    McpServerSpec retyped = authChange(new AuthInput("bearer_token", "****abcd", null), false).applyTo(storedHttp());
    McpServerSpec kept = authChange(new AuthInput(null, null, "X-Other"), false).applyTo(storedHttp());

    assertThat(cleared.auth()).isNull();
    assertThat(retyped.auth().type()).isEqualTo(McpAuthType.BEARER_TOKEN);
    assertThat(retyped.auth().token().reveal()).isEqualTo("tok-0001-abcd");
    assertThat(kept.auth().headerName()).isEqualTo("X-Other");
    assertThat(kept.auth().token().reveal()).isEqualTo("tok-0001-abcd");
  }

  @Test
  void update_emptyTokenClearsIt_whichLeavesAuthWithoutItsRequiredToken() {
    McpServerInput emptyToken = authChange(new AuthInput(null, "", null), false);

    assertThatThrownBy(() -> emptyToken.applyTo(storedHttp()))
        .isInstanceOfSatisfying(ValidationException.class, details(Map.of("auth_config.token", "is required")));
  }
}
