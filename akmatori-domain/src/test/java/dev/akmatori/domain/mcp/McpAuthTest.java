package dev.akmatori.domain.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.domain.shared.Secret;
import dev.akmatori.domain.shared.ValidationException;
import org.junit.jupiter.api.Test;

/** {@code auth_config} of the HTTP transports and the header it produces (§3.9). */
class McpAuthTest {
  @Test
  void bearerToken_isSentAsAuthorizationBearer() {
    McpAuth auth = new McpAuth(McpAuthType.BEARER_TOKEN, Secret.of("abc"), null);

    assertThat(auth.requestHeaderName()).isEqualTo("Authorization");
    assertThat(auth.requestHeaderValue()).isEqualTo("Bearer abc");
    assertThat(auth.headerName()).isEmpty();
  }

  @Test
  void headerAuth_sendsTheBareTokenInTheNamedHeader() {
    McpAuth auth = new McpAuth(McpAuthType.HEADER, Secret.of("abc"), "X-API-Key");

    assertThat(auth.requestHeaderName()).isEqualTo("X-API-Key");
    assertThat(auth.requestHeaderValue()).isEqualTo("abc");
  }

  @Test
  void headerName_mustBeAValidHttpFieldName() {
    assertThatThrownBy(() -> new McpAuth(McpAuthType.HEADER, Secret.of("abc"), "X Key: 1"))
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.details()).containsEntry("auth_config.header_name", "must be a valid HTTP header name"));
  }
}
