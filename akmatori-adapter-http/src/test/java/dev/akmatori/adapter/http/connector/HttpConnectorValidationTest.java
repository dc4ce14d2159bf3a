package dev.akmatori.adapter.http.connector;

import static dev.akmatori.adapter.http.connector.ConnectorRequests.create;
import static dev.akmatori.adapter.http.connector.ConnectorRequests.minimal;
import static dev.akmatori.adapter.http.testing.ErrorAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.adapter.http.testing.Reply;
import dev.akmatori.adapter.http.testing.TestApi;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Strict bodies and every validation message of §3.8 over HTTP, all failures in one answer. */
class HttpConnectorValidationTest {
  private final TestApi api = TestApi.start();

  @AfterEach
  void stop() {
    api.close();
  }

  private static Map<String, String> details(Reply r) {
    assertError(r, 400, "validation_error", "Validation failed");
    Map<String, String> details = new TreeMap<>();
    r.json().get("details").properties().forEach(e -> details.put(e.getKey(), e.getValue().asText()));
    return details;
  }

  private Map<String, String> post(String json) {
    return details(api.post("/api/http-connectors", json));
  }

  @Test
  void emptyObject_reportsEveryRequiredField() {
    assertThat(post("{}")).containsExactlyInAnyOrderEntriesOf(Map.of(
        "tool_type_name", "is required", "base_url_field", "is required", "tools", "is required"));
  }

  @Test
  void connectorLevelRules_useTheContractMessages() {
    assertThat(post("{\"tool_type_name\":\"1shop\",\"base_url_field\":\"" + "f".repeat(129) + "\",\"description\":\""
        + "d".repeat(1025) + "\",\"auth_config\":{\"method\":\"oauth\"},\"tools\":[]}"))
        .containsExactlyInAnyOrderEntriesOf(Map.of(
            "tool_type_name", "must start with a letter and contain only letters, digits, '_' or '-'",
            "base_url_field", "must be at most 128 characters",
            "description", "must be at most 1024 characters",
            "auth_config.method", "must be one of bearer_token, basic_auth, api_key",
            "tools", "at least one tool definition is required"));
    assertThat(post("{\"tool_type_name\":\"a" + "b".repeat(128) + "\",\"base_url_field\":\" \",\"auth_config\":{},"
        + "\"tools\":[{\"name\":\"p\",\"http_method\":\"GET\",\"path\":\"/\"}]}"))
        .containsExactlyInAnyOrderEntriesOf(Map.of(
            "tool_type_name", "must be at most 128 characters",
            "base_url_field", "is required",
            "auth_config.method", "is required"));
  }

  @Test
  void toolAndParamRules_areReportedAtTheirPaths() {
    String tools = "[{\"http_method\":\"PATCH\",\"params\":[{\"name\":\"a\",\"in\":\"cookie\",\"type\":\"date\"}]},"
        + "{\"name\":\"x\",\"http_method\":\"POST\",\"path\":\"/x\",\"params\":[{\"in\":\"query\"},"
        + "{\"name\":\"q\",\"in\":\"query\"},{\"name\":\"q\",\"in\":\"header\"}]},"
        + "{\"name\":\"x\",\"http_method\":\"GET\",\"path\":\"/y\"}]";

    assertThat(post("{\"tool_type_name\":\"api\",\"base_url_field\":\"u\",\"tools\":" + tools + "}"))
        .containsExactlyInAnyOrderEntriesOf(Map.of(
            "tools[0].name", "is required",
            "tools[0].http_method", "must be one of GET, POST, PUT, DELETE",
            "tools[0].path", "is required",
            "tools[0].params[0].in", "must be one of path, query, body, header",
            "tools[0].params[0].type", "must be one of string, integer, number, boolean",
            "tools[1].read_only", "read-only tools must use GET",
            "tools[1].params[0].name", "is required",
            "tools[1].params[2].name", "duplicate param name 'q'",
            "tools[2].name", "duplicate tool name 'x'"));
  }

  @Test
  void malformedTools_areNotAnArrayOfToolDefinitions() {
    String base = "{\"tool_type_name\":\"api\",\"base_url_field\":\"u\",\"tools\":";
    String message = "must be an array of tool definitions";

    for (String tools : new String[] {"\"x\"", "5", "[1]", "[{\"name\":\"a\"}, \"b\"]", "{\"list\":[]}", "{}"}) {
      assertThat(post(base + tools + "}")).as(tools).containsExactlyInAnyOrderEntriesOf(Map.of("tools", message));
    }
  }

  @Test
  void typeErrorsAndUnknownFields_anywhere_areReportedTogether() {
    String json = "{\"tool_type_name\":5,\"base_url_field\":\"u\",\"enabled\":\"yes\",\"color\":\"red\","
        + "\"auth_config\":{\"method\":\"api_key\",\"header_name\":7,\"scope\":\"x\"},"
        + "\"tools\":[{\"name\":\"a\",\"http_method\":\"GET\",\"path\":\"/a\",\"read_only\":\"no\",\"verb\":1,"
        + "\"params\":[{\"name\":\"p\",\"in\":\"query\",\"required\":1,\"extra\":true}, 3]},"
        + "{\"name\":\"b\",\"http_method\":\"GET\",\"path\":\"/b\",\"params\":{}}]}";

    assertThat(post(json)).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
        Map.entry("tool_type_name", "must be a string"),
        Map.entry("enabled", "must be a boolean"),
        Map.entry("color", "unknown field"),
        Map.entry("auth_config.header_name", "must be a string"),
        Map.entry("auth_config.scope", "unknown field"),
        Map.entry("tools[0].read_only", "must be a boolean"),
        Map.entry("tools[0].verb", "unknown field"),
        Map.entry("tools[0].params[0].required", "must be a boolean"),
        Map.entry("tools[0].params[0].extra", "unknown field"),
        Map.entry("tools[0].params[1]", "must be an object"),
        Map.entry("tools[1].params", "must be an array")));
  }

  @Test
  void authSettingsThatCollide_andBadHeaderNames_areRefused() {
    assertThat(post("{\"tool_type_name\":\"api\",\"base_url_field\":\"username\",\"auth_config\":{\"method\":"
        + "\"basic_auth\"},\"tools\":[{\"name\":\"p\",\"http_method\":\"GET\",\"path\":\"/\"}]}"))
        .containsExactlyInAnyOrderEntriesOf(Map.of("base_url_field", "must not be username or password with basic_auth"));
    assertThat(post("{\"tool_type_name\":\"api\",\"base_url_field\":\"u\",\"auth_config\":{\"method\":"
        + "\"api_key\",\"header_name\":\"X Key\"},\"tools\":[{\"name\":\"p\",\"http_method\":\"GET\",\"path\":\"/\"}]}"))
        .containsExactlyInAnyOrderEntriesOf(Map.of("auth_config.header_name", "must be a valid HTTP header name"));
  }

  @Test
  void bodyProblems_areBadRequests_or415() {
    assertError(api.post("/api/http-connectors", ""), 400, "bad_request", "Request body is empty");
    assertError(api.post("/api/http-connectors", "[]"), 400, "bad_request", "Request body must be a JSON object");
    assertError(api.post("/api/http-connectors", "{\"tools\":"), 400, "bad_request");
    Reply text = api.send(api.request("/api/http-connectors")
        .POST(BodyPublishers.ofString(minimal("api"))).header("Content-Type", "text/plain"));
    assertError(text, 415, "unsupported_media_type", "Content-Type must be application/json");
  }

  @Test
  void aFailedUpdate_changesNothing() {
    long id = create(api, minimal("Keep")).get("id").asLong();

    Reply r = api.put("/api/http-connectors/" + id, "{\"tool_type_name\":\"Renamed\",\"tools\":[]}");

    assertThat(details(r)).containsExactlyInAnyOrderEntriesOf(
        Map.of("tools", "at least one tool definition is required"));
    assertThat(api.get("/api/http-connectors/" + id).json().get("tool_type_name").asText()).isEqualTo("Keep");
  }
}
