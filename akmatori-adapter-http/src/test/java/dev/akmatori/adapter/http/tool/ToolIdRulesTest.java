package dev.akmatori.adapter.http.tool;

import static dev.akmatori.adapter.http.testing.ErrorAssertions.assertError;

import dev.akmatori.adapter.http.testing.TestApi;
import java.net.http.HttpRequest.BodyPublishers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every {@code /api/tools/{id}…} route answers a bad id with 400 {@code Invalid tool ID} (§1.1). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ToolIdRulesTest {
  private static final String KEY = "3f1c0a8e-5b7d-4c2e-9f10-1a2b3c4d5e6f";
  private final TestApi api = TestApi.start();

  @AfterAll
  void stop() {
    api.close();
  }

  @ParameterizedTest(name = "{0} /api/tools/{1}{2}")
  @CsvSource({
    "GET, abc, ''", "PUT, 0, ''", "DELETE, -1, ''", "GET, 99999999999999999999, ''", "GET, 1.5, ''",
    "GET, abc, /ssh-keys", "POST, 0, /ssh-keys", "GET, x, /ssh-keys/" + KEY, "PUT, -7, /ssh-keys/" + KEY,
    "DELETE, 01x, /ssh-keys/" + KEY
  })
  void aBadToolId_isInvalidToolId_onEveryRoute(String method, String id, String rest) {
    var request = api.request("/api/tools/" + id + rest).header("Content-Type", "application/json")
        .method(method, method.equals("GET") || method.equals("DELETE")
            ? BodyPublishers.noBody() : BodyPublishers.ofString("{\"name\":\"x\"}"));

    assertError(api.send(request), 400, "bad_request", "Invalid tool ID");
  }
}
