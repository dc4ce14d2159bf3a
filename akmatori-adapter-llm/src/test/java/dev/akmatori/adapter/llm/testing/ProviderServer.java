package dev.akmatori.adapter.llm.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akmatori.adapter.llm.http.HttpTransport;
import dev.akmatori.adapter.llm.http.ModelTransports;
import dev.akmatori.adapter.llm.http.RetryPolicy;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One provider's side of a client test over real HTTP: a MockWebServer that plays the recorded
 * replies under {@code fixtures/<provider>/}, started before each test (answering 404 at once when
 * nothing is queued) and closed after it, and the transport a client under test is built on, whose
 * retry waits go to a {@link RecordingSleeper} instead of the clock. Register it on an instance
 * field with {@code @RegisterExtension}; the test's own {@code @BeforeEach} runs after the server
 * has started, so it can build the client on {@link #url}.
 */
public final class ProviderServer implements BeforeEachCallback, AfterEachCallback {
  private final String fixtureDir;
  private final String contentType;
  private final MockWebServer server = new MockWebServer();
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final ModelTransports transports =
      new ModelTransports(ModelTransports.defaultClient(), RetryPolicy.DEFAULT, sleeper, Clock.systemUTC(), () -> 0);

  /**
   * @param fixtureDir the folder of the provider's recorded replies, e.g. {@code "openai"}
   * @param contentType the {@code Content-Type} the provider answers JSON with
   */
  public ProviderServer(String fixtureDir, String contentType) {
    this.fixtureDir = fixtureDir;
    this.contentType = contentType;
  }

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    TestServers.start(server);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    server.close();
  }

  /** {@code http://localhost:<port>} followed by {@code path}. */
  public String url(String path) {
    return "http://localhost:" + server.getPort() + path;
  }

  /** A transport without proxy, retrying by {@link RetryPolicy#DEFAULT} on the recording sleeper. */
  public HttpTransport transport() {
    return transports.forRoute(Optional.empty());
  }

  public MockWebServer server() {
    return server;
  }

  public RecordingSleeper sleeper() {
    return sleeper;
  }

  /** Queues the recorded reply {@code fixture} with {@code status} and extra header name/value pairs. */
  public void reply(int status, String fixture, String... headers) {
    MockResponse.Builder response =
        new MockResponse.Builder()
            .code(status)
            .addHeader("Content-Type", contentType)
            .body(Fixtures.read(fixtureDir + "/" + fixture));
    for (int i = 0; i < headers.length; i += 2) {
      response.addHeader(headers[i], headers[i + 1]);
    }
    server.enqueue(response.build());
  }

  /** The body of the next request the server received, as JSON (waits up to a second for it). */
  public JsonNode nextBody() throws InterruptedException {
    return Bodies.json(server.takeRequest(1, TimeUnit.SECONDS).getBody().utf8());
  }
}
