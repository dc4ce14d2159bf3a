package dev.akmatori.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.adapter.http.testing.TestApi;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The builder fails at start-up, naming what the composition root forgot to hand over. */
class HttpDependenciesTest {

  @Test
  void build_namesEveryMissingPart() {
    HttpDependencies.Builder partial =
        HttpDependencies.builder().version("1.0").clock(Clock.systemUTC()).jwtExpiry(Duration.ofHours(1));

    assertThatThrownBy(partial::build)
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage(
            "The REST API's dependencies are incomplete; missing: apiKeys, login, admin, jwtSecret, runbooks,"
                + " contextFiles, toolTypes, tools, sshKeys, mcpServers, skills, skillScripts, httpConnectors,"
                + " incidents, incidentOperations, alertSources, alerts, settings, health");
  }

  @Test
  void setters_rejectNullEmptySecretAndNonPositiveExpiry_byName() {
    HttpDependencies.Builder builder = HttpDependencies.builder();

    assertThatThrownBy(() -> builder.runbooks(null)).isInstanceOf(NullPointerException.class).hasMessage("runbooks");
    assertThatThrownBy(() -> builder.jwtSecret(new byte[0])).hasMessage("jwtSecret must not be empty");
    assertThatThrownBy(() -> builder.jwtExpiry(Duration.ZERO)).hasMessage("jwtExpiry must be positive");
    assertThatThrownBy(() -> builder.jwtExpiry(Duration.ofSeconds(-1))).hasMessage("jwtExpiry must be positive");
  }

  @Test
  void jwtSecret_handedOutAsACopy() {
    HttpDependencies deps;
    try (TestApi fixture = TestApi.start()) {
      deps = fixture.deps;
    }

    byte[] handedOut = deps.jwtSecret();
    handedOut[0]++;

    assertThat(deps.jwtSecret()).isNotEqualTo(handedOut);
  }
}
