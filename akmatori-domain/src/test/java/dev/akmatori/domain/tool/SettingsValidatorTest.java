package dev.akmatori.domain.tool;

import static dev.akmatori.domain.tool.SchemaBuilder.array;
import static dev.akmatori.domain.tool.SchemaBuilder.integer;
import static dev.akmatori.domain.tool.SchemaBuilder.number;
import static dev.akmatori.domain.tool.SchemaBuilder.object;
import static dev.akmatori.domain.tool.SchemaBuilder.oneOfTypes;
import static dev.akmatori.domain.tool.SchemaBuilder.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.domain.shared.ValidationException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SettingsValidatorTest {
  private static final ToolTypeDefinition ZABBIX = BuiltinToolTypes.byName("zabbix").orElseThrow();
  private static final ToolTypeDefinition SSH = BuiltinToolTypes.byName("ssh").orElseThrow();

  private static Map<String, String> failures(ToolTypeDefinition type, Map<String, ?> settings) {
    try {
      type.validateSettings(settings);
      return Map.of();
    } catch (ValidationException e) {
      return e.details();
    }
  }

  private static Map<String, Object> zabbix(String key, Object value) {
    Map<String, Object> settings = new HashMap<>();
    settings.put("zabbix_url", "https://zbx.example.com/zabbix");
    settings.put(key, value);
    return settings;
  }

  @Test
  void validSettings_pass() {
    assertThatCode(() -> ZABBIX.validateSettings(Map.of(
            "zabbix_url", "https://zbx.example.com/zabbix", "auth_method", "credentials",
            "zabbix_username", "bot", "zabbix_password", "pw", "zabbix_timeout", 60L,
            "zabbix_verify_ssl", false, "allow_write_operations", true)))
        .doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void requiredProperty_missingOrBlank_isRequired(String blank) {
    assertThat(failures(ZABBIX, Map.of())).containsExactly(Map.entry("settings.zabbix_url", "is required"));
    assertThat(failures(ZABBIX, Map.of("zabbix_url", blank))).containsEntry("settings.zabbix_url", "is required");
    assertThat(failures(ZABBIX, zabbix("zabbix_url", null))).containsEntry("settings.zabbix_url", "is required");
  }

  static Stream<Arguments> wrongTypes() {
    return Stream.of(
        Arguments.of("zabbix_timeout", "30", "must be an integer"),
        Arguments.of("zabbix_timeout", 30.5, "must be an integer"),
        Arguments.of("zabbix_timeout", true, "must be an integer"),
        Arguments.of("zabbix_verify_ssl", 1L, "must be a boolean"),
        Arguments.of("zabbix_verify_ssl", "true", "must be a boolean"),
        Arguments.of("zabbix_token", 12345L, "must be a string"),
        Arguments.of("zabbix_url", List.of("https://x"), "must be a string"),
        Arguments.of("zabbix_username", Map.of(), "must be a string"));
  }

  @ParameterizedTest
  @MethodSource("wrongTypes")
  void valuesAreNeverCoerced(String key, Object value, String message) {
    assertThat(failures(ZABBIX, zabbix(key, value))).containsExactly(Map.entry("settings." + key, message));
  }

  @Test
  void integralNumbers_areIntegers_inAnyJavaRepresentation() {
    for (Object thirty : List.of(30, 30L, 30.0, new BigDecimal("30.00"))) {
      assertThat(failures(ZABBIX, zabbix("zabbix_timeout", thirty))).as("%s", thirty).isEmpty();
    }
  }

  @Test
  void ranges_useTheContractMessages() {
    assertThat(failures(ZABBIX, zabbix("zabbix_timeout", 4L)))
        .containsEntry("settings.zabbix_timeout", "must be between 5 and 300");
    assertThat(failures(ZABBIX, zabbix("zabbix_timeout", 301.0)))
        .containsEntry("settings.zabbix_timeout", "must be between 5 and 300");
    assertThat(failures(ZABBIX, zabbix("zabbix_timeout", 5L))).isEmpty();
    assertThat(failures(ZABBIX, zabbix("zabbix_timeout", 300L))).isEmpty();

    SettingsSchema bounds = object().property("low", integer().minimum(1))
        .property("high", number().maximum(10)).build();
    assertThatThrownBy(() -> SettingsValidator.forBuiltinSettings(bounds).validate(Map.of("low", 0L, "high", 10.5)))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.details())
            .containsEntry("settings.low", "must be at least 1")
            .containsEntry("settings.high", "must be at most 10"));
  }

  @Test
  void enum_and_uri_rules() {
    assertThat(failures(ZABBIX, zabbix("auth_method", "oauth")))
        .containsEntry("settings.auth_method", "must be one of token, credentials");
    for (String bad : List.of("zbx.example.com", "ftp://zbx.example.com", "https://", "http:zbx", "/zabbix",
        "https://exa mple.com")) {
      assertThat(failures(ZABBIX, Map.of("zabbix_url", bad)))
          .as(bad).containsEntry("settings.zabbix_url", "must be a valid http or https URL");
    }
    for (String good :
        List.of("http://10.0.0.5:8080", "HTTPS://zbx.example.com/zabbix/", "http://victoria_metrics:8428")) {
      assertThat(failures(ZABBIX, Map.of("zabbix_url", good))).as(good).isEmpty();
    }
  }

  @Test
  void optionalEmptyString_meansUnset_soEnumAndFormatAreNotChecked() {
    assertThat(failures(ZABBIX, zabbix("auth_method", ""))).isEmpty();
    ToolTypeDefinition catchpoint = BuiltinToolTypes.byName("catchpoint").orElseThrow();
    assertThat(failures(catchpoint, Map.of("catchpoint_api_token", "t", "catchpoint_url", ""))).isEmpty();
  }

  @Test
  void unknownSettings_ofBuiltinTypes_areRejected_topLevelAndNested() {
    assertThat(failures(ZABBIX, zabbix("zabbix_tokn", "x")))
        .containsExactly(Map.entry("settings.zabbix_tokn", "unknown setting"));
    Map<String, Object> host = Map.of("hostname", "web-1", "adress", "10.0.0.1");
    assertThat(failures(SSH, Map.of("ssh_hosts", List.of(host))))
        .containsEntry("settings.ssh_hosts[0].address", "is required")
        .containsEntry("settings.ssh_hosts[0].adress", "unknown setting");
  }

  @Test
  void unknownKeyWithNull_isARemoval_notAnError() {
    assertThat(failures(ZABBIX, zabbix("vm_bearer_tokn", null))).isEmpty();
  }

  @Test
  void nestedObjects_areValidatedWithIndexedPaths() {
    List<Object> hosts = List.of(
        Map.of("hostname", "web-1", "address", "10.0.0.1", "port", 22L),
        Map.of("hostname", "web-2", "address", "", "port", "22"),
        Map.of("hostname", "db-1", "address", "10.0.0.3", "port", 70000L, "allow_write_commands", "yes"),
        "not-a-host");
    assertThat(failures(SSH, Map.of("ssh_hosts", hosts))).containsExactlyInAnyOrderEntriesOf(Map.of(
        "settings.ssh_hosts[1].address", "is required",
        "settings.ssh_hosts[1].port", "must be an integer",
        "settings.ssh_hosts[2].port", "must be between 1 and 65535",
        "settings.ssh_hosts[2].allow_write_commands", "must be a boolean",
        "settings.ssh_hosts[3]", "must be an object"));
    assertThat(failures(SSH, Map.of("ssh_hosts", "web-1"))).containsEntry("settings.ssh_hosts", "must be an array");
  }

  @Test
  void sshKeys_areManagedElsewhere_soAnythingSentIsIgnored() {
    assertThat(failures(SSH, Map.of("ssh_keys", "garbage"))).isEmpty();
    assertThat(failures(SSH, Map.of("ssh_keys", List.of(Map.of("private_key", "x"))))).isEmpty();
  }

  @Test
  void everyFailureIsReportedAtOnce() {
    Map<String, Object> settings = Map.of("zabbix_timeout", 1L, "zabbix_verify_ssl", "no", "bogus", 1L);
    assertThat(failures(ZABBIX, settings)).containsOnlyKeys(
        "settings.zabbix_url", "settings.zabbix_timeout", "settings.zabbix_verify_ssl", "settings.bogus");
  }

  @Test
  void connectorTypes_acceptUnknownKeys_butStillCheckDeclaredOnes() {
    SettingsSchema schema = object().property("base_url", string().format("uri"))
        .property("token", string().secret()).required("base_url", "token").build();
    ToolTypeDefinition connector = new ToolTypeDefinition("crm", ToolKind.HTTP_CONNECTOR, "CRM", schema, List.of());
    assertThat(failures(connector, Map.of("base_url", "https://crm.example.com", "token", "t", "tenant", "acme")))
        .isEmpty();
    assertThat(failures(connector, Map.of("base_url", "crm", "extra", List.of(1L))))
        .containsExactlyInAnyOrderEntriesOf(Map.of(
            "settings.base_url", "must be a valid http or https URL", "settings.token", "is required"));
  }

  @Test
  void arraysOfStrings_reportOnTheArray_andUnionsNameEveryType() {
    SettingsSchema args = object().property("servers", array(string()))
        .property("output", oneOfTypes("string", "array").items(string())).build();
    SettingsValidator validator = SettingsValidator.forArguments(args);
    assertThatThrownBy(() -> validator.validate(Map.of("servers", List.of("a", 1L), "output", 5L)))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.details())
            .containsEntry("servers", "must be an array of strings")
            .containsEntry("output", "must be a string or an array of strings"));
    assertThatCode(() -> validator.validate(Map.of("output", "extend", "servers", List.of("a"), "x", 1L)))
        .doesNotThrowAnyException();
    assertThatCode(() -> validator.validate(Map.of("output", List.of("hostid", "name"))))
        .doesNotThrowAnyException();
  }
}
