package dev.akmatori.adapter.llm.tool.postgresql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.application.investigation.tool.ToolCallException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class PgSettingsTest {
  private static Map<String, Object> required() {
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("pg_host", "db.internal");
    settings.put("pg_database", "app");
    settings.put("pg_username", "reader");
    settings.put("pg_password", "s3cret-pw");
    return settings;
  }

  private static PgSettings from(Map<String, Object> settings) {
    return PgSettings.from(TestPostgres.instance(settings));
  }

  @Test
  void theSchemaDefaults_applyAtCallTime() {
    PgSettings settings = from(required());

    assertThat(settings).isEqualTo(new PgSettings("db.internal", 5432, "app", "reader", "s3cret-pw", "require", 30));
    assertThat(settings.url()).isEqualTo("jdbc:postgresql://db.internal:5432/app");
  }

  @Test
  void anIpv6Host_isBracketed_andTheDatabaseNameIsEncoded() {
    Map<String, Object> values = required();
    values.put("pg_host", "::1");
    values.put("pg_database", "my db/x?y");

    assertThat(from(values).url()).isEqualTo("jdbc:postgresql://[::1]:5432/my+db%2Fx%3Fy");
  }

  @Test
  void aHostCarryingUrlSyntax_isRefused_soNoDriverPropertyCanBeSmuggledIn() {
    Map<String, Object> values = required();
    values.put("pg_host", "db/x?socketFactory=evil.Factory&");

    assertThatThrownBy(() -> from(values))
        .isInstanceOf(ToolCallException.class)
        .hasMessageStartingWith("pg_host is not a host name or IP address");
  }

  @Test
  void aMissingRequiredSetting_namesTheInstance() {
    Map<String, Object> values = required();
    values.remove("pg_host");

    assertThatThrownBy(() -> from(values)).hasMessage("instance 'test-pg' has no valid pg_host setting");
  }

  @Test
  void toString_neverShowsThePassword() {
    assertThat(from(required()).toString()).doesNotContain("s3cret-pw").contains("reader@db.internal:5432/app");
  }

  @Test
  void driverProperties_carrySslModeTimeoutsAndAnExplicitPassword() {
    Map<String, Object> values = required();
    values.put("pg_timeout", 7);
    values.put("pg_password", "");
    Properties require = DriverConnector.properties(from(values));
    values.put("pg_ssl_mode", "verify-full");
    Properties verify = DriverConnector.properties(from(values));

    assertThat(require).containsEntry("sslmode", "require").containsEntry("connectTimeout", "7")
        .containsEntry("loginTimeout", "7").containsEntry("socketTimeout", "17")
        .containsEntry("password", "").containsEntry("user", "reader").containsEntry("readOnly", "true")
        .doesNotContainKey("sslfactory");
    assertThat(verify).containsEntry("sslmode", "verify-full")
        .containsEntry("sslfactory", "org.postgresql.ssl.DefaultJavaSSLFactory");
  }
}
