package dev.akmatori.adapter.llm.tool.connector;

import static dev.akmatori.adapter.llm.tool.connector.ConnectorWorld.tool;
import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.adapter.llm.testing.TestServers;
import dev.akmatori.domain.connector.AuthMethod;
import dev.akmatori.domain.connector.ConnectorAuth;
import dev.akmatori.domain.connector.HttpMethod;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Redirects are followed, but a connector's credentials never leave the API's own origin. */
class RedirectCredentialsTest {
  private final MockWebServer api = new MockWebServer();
  private final MockWebServer elsewhere = new MockWebServer();
  private final ConnectorWorld world = new ConnectorWorld();

  @BeforeEach
  void start() throws IOException {
    TestServers.start(api, elsewhere);
    world.connector(new ConnectorAuth(AuthMethod.API_KEY, null, "X-Shop-Key"), tool("ping", HttpMethod.GET, "/p"));
  }

  @AfterEach
  void stop() {
    api.close();
    elsewhere.close();
  }

  private RecordedRequest taken(MockWebServer server) throws InterruptedException {
    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request).isNotNull();
    return request;
  }

  private Map<String, Object> settings() {
    return Map.of("base_url", "http://127.0.0.1:" + api.getPort(), "token", "key-secret-1");
  }

  @Test
  void aRedirectOnTheSameOrigin_keepsTheCredential() throws Exception {
    api.enqueue(new MockResponse.Builder().code(301).addHeader("Location", "/p/").build());
    api.enqueue(new MockResponse.Builder().body("{\"ok\":true}").build());

    Object result = world.call("ping", settings(), Map.of());

    assertThat(((Map<?, ?>) result).get("body")).isEqualTo(Map.of("ok", true));
    assertThat(taken(api).getHeaders().get("X-Shop-Key")).isEqualTo("key-secret-1");
    assertThat(taken(api).getHeaders().get("X-Shop-Key")).isEqualTo("key-secret-1");
  }

  @Test
  void aRedirectToAnotherOrigin_dropsTheCredential() throws Exception {
    api.enqueue(new MockResponse.Builder().code(302)
        .addHeader("Location", "http://127.0.0.1:" + elsewhere.getPort() + "/landing").build());
    elsewhere.enqueue(new MockResponse.Builder().body("moved").build());

    Object result = world.call("ping", settings(), Map.of());

    assertThat(((Map<?, ?>) result).get("body")).isEqualTo("moved");
    assertThat(taken(api).getHeaders().get("X-Shop-Key")).isEqualTo("key-secret-1");
    RecordedRequest landed = taken(elsewhere);
    assertThat(landed.getTarget()).isEqualTo("/landing");
    assertThat(landed.getHeaders().get("X-Shop-Key")).isNull();
  }
}
