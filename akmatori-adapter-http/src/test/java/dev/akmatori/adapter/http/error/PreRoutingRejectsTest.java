package dev.akmatori.adapter.http.error;

import static dev.akmatori.adapter.http.testing.ErrorAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.adapter.http.testing.RawHttp;
import dev.akmatori.adapter.http.testing.Reply;
import dev.akmatori.adapter.http.testing.TestApi;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Requests Jetty refuses before routing still get the JSON error body (contract §1.3). */
class PreRoutingRejectsTest {
  private final TestApi api = TestApi.start();

  @AfterEach
  void stop() {
    api.close();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/runbooks/1%2F2",
        "/api/runbooks/%2E%2E/x",
        "/api/runbooks/%2e",
        "/api/runbooks/a%5Cb",
        "/api/runbooks/%zz"
      })
  void ambiguousOrMalformedUri_isBadRequestWithoutChallenge(String path) throws IOException {
    Reply r = RawHttp.send(api.port(), "GET " + path + " HTTP/1.1\r\nHost: localhost");

    assertError(r, 400, "bad_request", "Bad request: ambiguous or malformed URI");
    assertThat(r.header("WWW-Authenticate")).isNull();
    assertThat(r.header("X-Request-ID")).isNotBlank();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/runbooks/%00", "/api/runbooks/a%00.md", "/api/runbooks/%2e%2e", "/api/runbooks/%zz"})
  void aRefusedUri_eitherKeepsTheConnectionUsable_orSaysConnectionClose(String path) throws IOException {
    RawHttp.Exchange e = RawHttp.sendThenReuse(api.port(), "PUT " + path + " HTTP/1.1\r\nHost: localhost"
        + "\r\nContent-Type: application/json\r\nContent-Length: 2", "{}".getBytes(StandardCharsets.US_ASCII));

    assertError(e.first(), 400, "bad_request", "Bad request: ambiguous or malformed URI");
    assertThat(e.answeredAgain() || "close".equalsIgnoreCase(e.first().header("Connection")))
        .as("closed without Connection: close: %s", e.first()).isTrue();
  }

  @Test
  void aUriOrHeadersOverTheLimit_sayConnectionClose() throws IOException {
    RawHttp.Exchange uri = RawHttp.sendThenReuse(api.port(),
        "GET /api/runbooks/" + "x".repeat(20_000) + " HTTP/1.1\r\nHost: localhost", new byte[0]);
    RawHttp.Exchange headers = RawHttp.sendThenReuse(api.port(),
        "GET /api/health HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + "y".repeat(20_000), new byte[0]);

    assertThat(uri.answeredAgain() || "close".equalsIgnoreCase(uri.first().header("Connection"))).as(uri.first().toString()).isTrue();
    assertThat(headers.answeredAgain() || "close".equalsIgnoreCase(headers.first().header("Connection")))
        .as(headers.first().toString()).isTrue();
  }

  @Test
  void aDeclaredLengthTooLargeToDrain_saysConnectionClose() throws IOException {
    RawHttp.Exchange e = RawHttp.sendThenReuse(api.port(), "POST /api/runbooks HTTP/1.1\r\nHost: localhost"
        + "\r\nAuthorization: Bearer " + api.tokens.valid() + "\r\nContent-Type: application/json"
        + "\r\nContent-Length: 999999999", new byte[0]);

    assertError(e.first(), 413, "payload_too_large");
    assertThat(e.answeredAgain()).isFalse();
    assertThat(e.first().header("Connection")).isEqualToIgnoringCase("close");
  }

  @Test
  void uriOverTheLimit_is414() throws IOException {
    String path = "/api/runbooks/" + "x".repeat(20_000);

    Reply r = RawHttp.send(api.port(), "GET " + path + " HTTP/1.1\r\nHost: localhost");

    assertError(r, 414, "uri_too_long", "URI too long");
  }

  @Test
  void headersOverTheLimit_are431() throws IOException {
    String big = "X-Padding: " + "y".repeat(20_000);

    Reply r = RawHttp.send(api.port(), "GET /api/health HTTP/1.1\r\nHost: localhost\r\n" + big);

    assertError(r, 431, "headers_too_large", "Request headers too large");
  }

  @Test
  void declaredLengthAlone_is413BeforeTheBodyArrives() throws IOException {
    String token = api.tokens.valid();

    Reply r =
        RawHttp.send(
            api.port(),
            "POST /api/runbooks HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + token
                + "\r\nContent-Type: application/json\r\nContent-Length: 999999999");

    assertError(
        r, 413, "payload_too_large", "Request body exceeds maximum size of 1048576 bytes");
  }

  @Test
  void oversizedBodyFromAStranger_is401NotA413() throws IOException {
    Reply r =
        RawHttp.send(
            api.port(),
            "POST /api/runbooks HTTP/1.1\r\nHost: localhost\r\nContent-Length: 999999999");

    assertError(r, 401, "unauthorized", "Missing authentication token");
  }

  @Test
  void oversizedBodyOnAPublicRoute_is413First() throws IOException {
    Reply r =
        RawHttp.send(
            api.port(),
            "POST /api/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Length: 999999999");

    assertError(r, 413, "payload_too_large");
  }
}
