package dev.akmatori.adapter.http.error;

import static dev.akmatori.adapter.http.testing.ErrorAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.adapter.http.testing.RawHttp;
import dev.akmatori.adapter.http.testing.Reply;
import dev.akmatori.adapter.http.testing.TestApi;
import java.io.IOException;
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
