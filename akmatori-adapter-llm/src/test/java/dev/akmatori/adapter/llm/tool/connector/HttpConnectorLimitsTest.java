package dev.akmatori.adapter.llm.tool.connector;

import static dev.akmatori.adapter.llm.tool.connector.ConnectorWorld.tool;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.adapter.llm.testing.TestServers;
import dev.akmatori.application.investigation.CancellationSignal;
import dev.akmatori.application.investigation.tool.ToolCallException;
import dev.akmatori.domain.connector.HttpMethod;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The 10 MiB response cap, the call time limit and cancellation, on loopback. */
class HttpConnectorLimitsTest {
  private static final int MIB = 1024 * 1024;

  private final MockWebServer server = new MockWebServer();
  private final ConnectorWorld world = new ConnectorWorld();

  @BeforeEach
  void start() throws IOException {
    TestServers.start(server);
    world.connector(null, tool("ping", HttpMethod.GET, "/p"));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Map<String, Object> settings() {
    return Map.of("base_url", "http://127.0.0.1:" + server.getPort());
  }

  @Test
  void aBodyOfExactly10MiB_isAResult_oneByteMoreIsAToolError() {
    server.enqueue(new MockResponse.Builder().body("x".repeat(10 * MIB)).build());
    server.enqueue(new MockResponse.Builder().body("x".repeat(10 * MIB + 1)).build());

    @SuppressWarnings("unchecked")
    Map<String, Object> fits = (Map<String, Object>) world.call("ping", settings(), Map.of());

    assertThat((String) fits.get("body")).hasSize(10 * MIB);
    assertThatThrownBy(() -> world.call("ping", settings(), Map.of()))
        .isInstanceOf(ToolCallException.class)
        .hasMessage("response exceeds 10 MiB");
  }

  @Test
  void aChunkedBodyWithoutLength_isCappedWhileItIsRead() {
    world.withLimits(HttpConnectorInvoker.TIMEOUT, 4096);
    server.enqueue(new MockResponse.Builder().chunkedBody(new Buffer().writeUtf8("y".repeat(5000)), 512).build());
    server.enqueue(new MockResponse.Builder().chunkedBody(new Buffer().writeUtf8("[" + "1,".repeat(2000) + "1]"), 512)
        .build());

    assertThatThrownBy(() -> world.call("ping", settings(), Map.of()))
        .isInstanceOf(ToolCallException.class)
        .hasMessage("response exceeds 4096 bytes");
    assertThat(((Map<?, ?>) world.call("ping", settings(), Map.of())).get("body")).asList().hasSize(2001);
  }

  @Test
  void aServerSlowerThanTheTimeLimit_isAToolErrorNamingTheLimit() {
    world.withLimits(Duration.ofMillis(300), ConnectorReplies.MAX_BODY_BYTES);
    server.enqueue(new MockResponse.Builder().headersDelay(10, TimeUnit.SECONDS).body("late").build());

    assertThatThrownBy(() -> world.call("ping", settings(), Map.of()))
        .isInstanceOf(ToolCallException.class)
        .hasMessage("request timed out after 300 ms");
  }

  @Test
  void theProductionLimit_is30Seconds() {
    assertThat(HttpConnectorInvoker.TIMEOUT).isEqualTo(Duration.ofSeconds(30));
    assertThat(ConnectorReplies.MAX_BODY_BYTES).isEqualTo(10L * MIB);
  }

  @Test
  void cancellingTheCall_abortsTheRequest() throws Exception {
    server.enqueue(new MockResponse.Builder().headersDelay(20, TimeUnit.SECONDS).body("never").build());
    CancellationSignal signal = new CancellationSignal();

    CompletableFuture<Object> call = CompletableFuture.supplyAsync(() -> world.call("ping", settings(), Map.of(), signal));
    assertThat(server.takeRequest(30, TimeUnit.SECONDS)).as("the request arrived").isNotNull();
    signal.cancel();

    assertThatThrownBy(() -> call.get(10, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(CancellationException.class);
  }

  @Test
  void anUnreachableServer_isAToolError() throws IOException {
    int port = server.getPort();
    server.close();

    assertThatThrownBy(() -> world.call("ping", Map.of("base_url", "http://127.0.0.1:" + port), Map.of()))
        .isInstanceOf(ToolCallException.class)
        .hasMessageStartingWith("request failed: ");
  }
}
