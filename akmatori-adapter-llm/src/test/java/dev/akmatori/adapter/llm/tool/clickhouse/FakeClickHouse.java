package dev.akmatori.adapter.llm.tool.clickhouse;

import dev.akmatori.adapter.llm.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.Credentials;

/**
 * Speaks the part of ClickHouse's HTTP interface the adapter uses: basic authentication (a wrong
 * password gets ClickHouse's 401 with code 516), then the scripted replies in order, as ClickHouse
 * sends them: {@code X-ClickHouse-*} headers, JSON bodies, errors as {@code Code: N. DB::Exception}
 * text. Records every request. Thread-safe.
 */
final class FakeClickHouse extends Dispatcher {
  private final String authorization;
  private final Deque<MockResponse> replies = new ArrayDeque<>();
  private final List<RecordedRequest> requests = new ArrayList<>();

  FakeClickHouse(String user, String password) {
    // ClickHouse decodes basic credentials as UTF-8.
    this.authorization = Credentials.basic(user, password, StandardCharsets.UTF_8);
  }

  /** A 200 reply with a fixture body under {@code clickhouse/}. */
  synchronized FakeClickHouse json(String fixture) {
    replies.add(new MockResponse.Builder()
        .addHeader("Content-Type", "application/json; charset=UTF-8")
        .addHeader("X-ClickHouse-Format", "JSONCompact")
        .addHeader("X-ClickHouse-Server-Display-Name", "ch-test")
        .body(Fixtures.read("clickhouse/" + fixture))
        .build());
    return this;
  }

  /** An error reply: ClickHouse answers with the exception text and its code in a header. */
  synchronized FakeClickHouse error(int status, String fixture) {
    String text = Fixtures.read("clickhouse/" + fixture);
    String code = text.substring("Code: ".length(), text.indexOf('.'));
    replies.add(new MockResponse.Builder()
        .code(status)
        .addHeader("Content-Type", "text/plain; charset=UTF-8")
        .addHeader("X-ClickHouse-Exception-Code", code)
        .body(text)
        .build());
    return this;
  }

  synchronized FakeClickHouse reply(MockResponse response) {
    replies.add(response);
    return this;
  }

  synchronized List<RecordedRequest> requests() {
    return List.copyOf(requests);
  }

  synchronized RecordedRequest lastRequest() {
    return requests.get(requests.size() - 1);
  }

  @Override
  public synchronized MockResponse dispatch(RecordedRequest request) {
    requests.add(request);
    if (!authorization.equals(request.getHeaders().get("Authorization"))) {
      return new MockResponse.Builder().code(401).addHeader("X-ClickHouse-Exception-Code", "516")
          .body(Fixtures.read("clickhouse/error-authentication.txt")).build();
    }
    MockResponse next = replies.poll();
    return next != null ? next
        : new MockResponse.Builder().code(500).body("Code: 1000. DB::Exception: nothing scripted. (POCO_EXCEPTION)").build();
  }
}
