package dev.akmatori.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppConfigTest {
  @Test
  void defaults_embeddedH2InTheDataDirectory_port8080() {
    AppConfig c = AppConfig.fromEnvironment(Map.of());

    assertThat(c.dataDir()).isEqualTo(Path.of("data").toAbsolutePath().normalize());
    assertThat(c.dbUrl()).isEqualTo("jdbc:h2:file:" + c.dataDir().resolve("db/akmatori") + ";LOCK_TIMEOUT=10000");
    assertThat(c.dbUser()).isEqualTo("sa");
    assertThat(c.port()).isEqualTo(8080);
    assertThat(c.bindAddress()).isEqualTo("0.0.0.0");
    assertThat(c.jwtExpiry()).isEqualTo(Duration.ofHours(24));
    assertThat(c.agentTimeout()).isEqualTo(Duration.ofMinutes(60));
    assertThat(c.adminUsername()).isEqualTo("admin");
    assertThat(c.adminPassword()).isEmpty();
    assertThat(c.logFormat()).isEqualTo(AppConfig.LogFormat.TEXT);
    assertThat(c.isPostgres()).isFalse();
  }

  @Test
  void postgresUrl_hasNoDefaultUser() {
    AppConfig c = AppConfig.fromEnvironment(Map.of("AKMATORI_DB_URL", "jdbc:postgresql://db:5432/akmatori"));
    assertThat(c.dbUser()).isEmpty();
    assertThat(c.isPostgres()).isTrue();
  }

  @Test
  void durations_takeUnitsOrBareSeconds() {
    assertThat(AppConfig.fromEnvironment(Map.of("AKMATORI_JWT_EXPIRY", "90m")).jwtExpiry()).isEqualTo(Duration.ofMinutes(90));
    assertThat(AppConfig.fromEnvironment(Map.of("AKMATORI_JWT_EXPIRY", "3600")).jwtExpiry()).isEqualTo(Duration.ofHours(1));
    assertThat(AppConfig.fromEnvironment(Map.of("AKMATORI_AGENT_TIMEOUT", "2d")).agentTimeout()).isEqualTo(Duration.ofDays(2));
  }

  @Test
  void invalidValues_abortNamingTheVariable() {
    assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("AKMATORI_PORT", "http")))
        .isInstanceOf(ConfigException.class).hasMessageContaining("AKMATORI_PORT");
    assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("AKMATORI_PORT", "70000")))
        .hasMessageContaining("AKMATORI_PORT");
    assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("AKMATORI_JWT_EXPIRY", "1w")))
        .hasMessageContaining("AKMATORI_JWT_EXPIRY");
    assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("AKMATORI_JWT_EXPIRY", "0s")))
        .hasMessageContaining("AKMATORI_JWT_EXPIRY");
    assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("AKMATORI_LLM_TITLES", "yes")))
        .hasMessageContaining("AKMATORI_LLM_TITLES");
    assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("AKMATORI_LOG_LEVEL", "verbose")))
        .hasMessageContaining("AKMATORI_LOG_LEVEL");
    assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("AKMATORI_DB_POOL_SIZE", "0")))
        .hasMessageContaining("AKMATORI_DB_POOL_SIZE");
    assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("AKMATORI_DB_URL", "jdbc:mysql://x/y")))
        .hasMessageContaining("AKMATORI_DB_URL");
    assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("AKMATORI_MAX_CONCURRENT_INVESTIGATIONS", "0")))
        .hasMessageContaining("AKMATORI_MAX_CONCURRENT_INVESTIGATIONS");
  }

  @Test
  void caseInsensitiveEnums_andBooleans() {
    AppConfig c =
        AppConfig.fromEnvironment(
            Map.of("AKMATORI_LOG_FORMAT", "json", "AKMATORI_LOG_LEVEL", "debug", "AKMATORI_LLM_TITLES", "TRUE"));
    assertThat(c.logFormat()).isEqualTo(AppConfig.LogFormat.JSON);
    assertThat(c.logLevel()).isEqualTo("DEBUG");
    assertThat(c.llmTitles()).isTrue();
  }

  @Test
  void toString_neverShowsSecrets() {
    AppConfig c =
        AppConfig.fromEnvironment(
            Map.of("AKMATORI_ADMIN_PASSWORD", "hunter2-password", "AKMATORI_JWT_SECRET", "jwt-secret-value",
                "AKMATORI_DB_PASSWORD", "db-password-value"));
    assertThat(c.toString()).doesNotContain("hunter2").doesNotContain("jwt-secret").doesNotContain("db-password");
  }
}
