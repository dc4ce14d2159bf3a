package dev.akmatori.application.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.application.model.ModelEndpoint.ProxyRoute;
import dev.akmatori.domain.settings.LlmProvider;
import dev.akmatori.domain.settings.ThinkingLevel;
import dev.akmatori.domain.shared.Secret;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModelEndpointTest {
  @Test
  void proxyRoute_printsItsUrlWithThePasswordMasked() {
    ProxyRoute route = new ProxyRoute("http://alice:s3cr3t-pw@proxy.corp:3128", "localhost,.corp");

    assertThat(route.toString())
        .isEqualTo("ProxyRoute[url=http://alice:****@proxy.corp:3128, noProxy=localhost,.corp]");
  }

  @Test
  void proxyRoute_withoutPassword_printsItsUrlAsIs() {
    assertThat(new ProxyRoute("http://proxy.corp:3128", "").toString()).contains("http://proxy.corp:3128");
    assertThat(new ProxyRoute("http://alice@proxy.corp:3128/x@y", "").toString())
        .contains("http://alice@proxy.corp:3128/x@y");
  }

  @Test
  void endpoint_printsNeitherTheKeyNorTheProxyPassword() {
    ModelEndpoint endpoint =
        new ModelEndpoint(
            LlmProvider.OPENAI,
            "gpt-5.5",
            Secret.of("sk-proj-abcdefghijkl9f3a"),
            ThinkingLevel.MEDIUM,
            "",
            Optional.of(new ProxyRoute("http://alice:s3cr3t-pw@proxy.corp:3128", "")));

    assertThat(endpoint.toString())
        .doesNotContain("sk-proj-abcdefghijkl9f3a")
        .doesNotContain("s3cr3t-pw")
        .contains("****9f3a");
  }
}
