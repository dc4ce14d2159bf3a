package dev.akmatori.adapter.http.request;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.akmatori.adapter.http.error.ErrorMapper;
import dev.akmatori.adapter.http.testing.Reply;
import dev.akmatori.adapter.http.testing.TestApi;
import dev.akmatori.application.runbook.ManageRunbooks;
import dev.akmatori.domain.runbook.Runbook;
import dev.akmatori.domain.runbook.RunbookDraft;
import dev.akmatori.domain.runbook.RunbookId;
import dev.akmatori.domain.runbook.RunbookMatch;
import dev.akmatori.domain.shared.Page;
import dev.akmatori.domain.shared.PageRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

/** Request ids, CORS, preflight and the trailing slash (contract §1.1). */
class RequestContextTest {
  private TestApi api = TestApi.start();

  @AfterEach
  void stop() {
    api.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc-123", "A.b_c-9", "x"})
  void validRequestId_isEchoed(String id) {
    Reply r = api.send(api.anonymous("/api/health").header("X-Request-ID", id));

    assertThat(r.header("X-Request-ID")).isEqualTo(id);
  }

  @Test
  void longestValidRequestId_isEchoed() {
    String id = "a".repeat(128);

    assertThat(api.send(api.anonymous("/api/health").header("X-Request-ID", id)).header("X-Request-ID"))
        .isEqualTo(id);
  }

  @ParameterizedTest
  @ValueSource(strings = {"has space", "semi;colon", "ünïcode", "slash/es"})
  void invalidRequestId_isReplacedByUuidV4(String id) {
    Reply r = api.send(api.anonymous("/api/health").header("X-Request-ID", id));

    assertUuidV4(r.header("X-Request-ID"));
  }

  @Test
  void tooLongRequestId_isReplaced() {
    Reply r = api.send(api.anonymous("/api/health").header("X-Request-ID", "a".repeat(129)));

    assertUuidV4(r.header("X-Request-ID"));
  }

  @Test
  void missingRequestId_isGeneratedOnErrorsToo() {
    assertUuidV4(api.get("/api/health").header("X-Request-ID"));
    assertUuidV4(api.send(api.anonymous("/api/runbooks")).header("X-Request-ID"));
  }

  @Test
  void requestWithOrigin_getsCorsHeaders() {
    Reply r = api.send(api.anonymous("/api/runbooks").header("Origin", "https://ui.example"));

    assertThat(r.status()).isEqualTo(401);
    assertThat(r.header("Access-Control-Allow-Origin")).isEqualTo("https://ui.example");
    assertThat(r.header("Access-Control-Allow-Credentials")).isEqualTo("true");
    assertThat(r.header("Access-Control-Expose-Headers")).isEqualTo("Location, X-Request-ID");
  }

  @Test
  void requestWithoutOrigin_getsNoCorsHeaders() {
    assertThat(api.get("/api/health").header("Access-Control-Allow-Origin")).isNull();
  }

  @Test
  void anyOptions_is204BeforeAuthentication() {
    Reply r =
        api.send(
            api.anonymous("/api/does/not/exist")
                .method("OPTIONS", BodyPublishers.noBody())
                .header("Origin", "https://ui.example"));

    assertThat(r.status()).isEqualTo(204);
    assertThat(r.body()).isEmpty();
    assertThat(r.header("Content-Type")).isNull();
    assertThat(r.header("Access-Control-Allow-Origin")).isEqualTo("https://ui.example");
    assertThat(r.header("Access-Control-Allow-Methods"))
        .isEqualTo("GET, POST, PUT, DELETE, OPTIONS, PATCH");
    assertThat(r.header("Access-Control-Allow-Headers"))
        .isEqualTo(
            "Content-Type, Authorization, X-API-Key, X-Requested-With, X-Request-ID, Last-Event-ID");
    assertThat(r.header("Access-Control-Max-Age")).isEqualTo("86400");
    assertThat(r.header("WWW-Authenticate")).isNull();
  }

  @Test
  void oneTrailingSlash_isIgnored() {
    assertThat(api.get("/api/runbooks/").status()).isEqualTo(200);
    assertThat(api.send(api.anonymous("/api/health/")).status()).isEqualTo(200);
  }

  @Test
  void emptySegment_isAnAmbiguousUri() {
    Reply r = api.get("/api/runbooks//");

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get("code").asText()).isEqualTo("bad_request");
  }

  @Test
  void unexpectedFailure_is500WithoutDetailsAndLogsTheRequestId() {
    api.close();
    api = TestApi.with().runbooks(new BrokenRunbooks()).start();
    Logger logger = (Logger) LoggerFactory.getLogger(ErrorMapper.class);
    ListAppender<ILoggingEvent> captured = new ListAppender<>();
    captured.start();
    logger.addAppender(captured);
    try {
      Reply r = api.send(api.request("/api/runbooks").header("X-Request-ID", "trace-me-42"));

      assertThat(r.status()).isEqualTo(500);
      assertThat(r.json().toString())
          .isEqualTo("{\"error\":\"Internal server error\",\"code\":\"internal_error\"}");
      assertThat(r.header("X-Request-ID")).isEqualTo("trace-me-42");
      ILoggingEvent event = captured.list.get(0);
      assertThat(event.getLevel().toString()).isEqualTo("ERROR");
      assertThat(event.getMDCPropertyMap()).containsEntry("request_id", "trace-me-42");
      assertThat(event.getFormattedMessage()).contains("error_id=").contains("request_id=trace-me-42");
    } finally {
      logger.detachAppender(captured);
    }
  }

  private static void assertUuidV4(String id) {
    assertThat(id).isNotNull();
    assertThat(UUID.fromString(id).version()).isEqualTo(4);
  }

  /** A use case whose store fails with SQL in its message, which must never reach the client. */
  private static final class BrokenRunbooks implements ManageRunbooks {
    @Override
    public Page<Runbook> list(PageRequest page) {
      throw new IllegalStateException("SELECT * FROM runbooks failed: connection refused");
    }

    @Override
    public Page<RunbookMatch> search(String query, PageRequest page) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Runbook get(RunbookId id) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Runbook create(RunbookDraft draft) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Runbook update(RunbookId id, RunbookDraft draft) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void delete(RunbookId id) {
      throw new UnsupportedOperationException();
    }
  }
}
