package dev.akmatori.adapter.http.mcp;

import static dev.akmatori.adapter.http.testing.ErrorAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akmatori.adapter.http.testing.Reply;
import dev.akmatori.adapter.http.testing.TestApi;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Strict bodies, the exact messages of §3.9 and its conflicts over HTTP. */
class McpServerValidationTest {
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

  @Test
  void emptyObject_reportsEveryRequiredField() {
    assertThat(details(api.post("/api/mcp-servers", "{}"))).containsExactlyInAnyOrderEntriesOf(Map.of(
        "name", "is required", "transport", "is required", "namespace_prefix", "is required"));
  }

  @Test
  void typeErrors_unknownFields_andRuleViolations_areReportedTogether() {
    String json = "{\"name\":5,\"transport\":\"websocket\",\"namespace_prefix\":\"1x\",\"args\":[1],"
        + "\"env_vars\":{\"AKMATORI_DB_URL\":\"v\",\"OK\":5,\"bad-key\":\"v\"},\"enabled\":\"yes\","
        + "\"auth_config\":{\"type\":\"basic\",\"token\":7,\"extra\":1},\"color\":\"red\"}";

    assertThat(details(api.post("/api/mcp-servers", json))).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
        Map.entry("name", "must be a string"),
        Map.entry("transport", "must be one of stdio, sse, streamable_http"),
        Map.entry("namespace_prefix", "must start with a letter and contain only letters, digits, '_' or '-'"),
        Map.entry("args", "must be an array of strings"),
        Map.entry("env_vars.AKMATORI_DB_URL", "must not start with AKMATORI_"),
        Map.entry("env_vars.OK", "must be a string"),
        Map.entry("env_vars.bad-key", "must match ^[A-Za-z_][A-Za-z0-9_]*$"),
        Map.entry("enabled", "must be a boolean"),
        Map.entry("auth_config.type", "must be one of bearer_token, header"),
        Map.entry("auth_config.token", "must be a string"),
        Map.entry("auth_config.extra", "unknown field"),
        Map.entry("color", "unknown field")));
  }

  @Test
  void transportRules_useTheContractMessages() {
    Reply http = api.post("/api/mcp-servers",
        "{\"name\":\"a\",\"transport\":\"sse\",\"command\":\"npx\",\"namespace_prefix\":\"a\"}");
    Reply stdio = api.post("/api/mcp-servers",
        "{\"name\":\"b\",\"transport\":\"stdio\",\"url\":\"ftp://x\",\"namespace_prefix\":\"b\"}");
    Reply badUrl = api.post("/api/mcp-servers",
        "{\"name\":\"c\",\"transport\":\"streamable_http\",\"url\":\"not a url\",\"namespace_prefix\":\"c\"}");

    assertThat(details(http)).containsExactlyInAnyOrderEntriesOf(Map.of(
        "url", "is required for sse transport", "command", "must be empty for sse transport"));
    assertThat(details(stdio)).containsExactlyInAnyOrderEntriesOf(Map.of(
        "url", "must be empty for stdio transport", "command", "is required for stdio transport"));
    assertThat(details(badUrl)).containsExactlyInAnyOrderEntriesOf(Map.of("url", "must be an http or https URL"));
  }

  @Test
  void authConfig_needsATokenAndForHeaderAuthAHeaderName() {
    Reply r = api.post("/api/mcp-servers", "{\"name\":\"a\",\"transport\":\"sse\",\"url\":\"http://h/sse\","
        + "\"namespace_prefix\":\"a\",\"auth_config\":{\"type\":\"header\"}}");

    assertThat(details(r)).containsExactlyInAnyOrderEntriesOf(Map.of(
        "auth_config.token", "is required", "auth_config.header_name", "is required for header auth"));
  }

  @Test
  void malformedBodies_areBadRequests_andOtherMediaTypes415() {
    assertError(api.post("/api/mcp-servers", ""), 400, "bad_request", "Request body is empty");
    assertError(api.post("/api/mcp-servers", "[]"), 400, "bad_request", "Request body must be a JSON object");
    assertError(api.post("/api/mcp-servers", "{\"name\":"), 400, "bad_request");
    Reply text = api.send(api.request("/api/mcp-servers")
        .POST(BodyPublishers.ofString(McpServerCrudTest.STDIO)).header("Content-Type", "text/plain"));
    assertError(text, 415, "unsupported_media_type", "Content-Type must be application/json");
  }

  @Test
  void conflicts_nameNamespaceBuiltinAndConnector_ignoreCaseWhereTheContractSays() {
    api.connectorTypes.add("Jira");
    assertThat(api.post("/api/mcp-servers", McpServerCrudTest.STDIO).status()).isEqualTo(201);

    assertError(api.post("/api/mcp-servers", McpServerCrudTest.STDIO), 409, "conflict",
        "MCP server with name 'Files' already exists");
    assertError(api.post("/api/mcp-servers", McpServerCrudTest.STDIO.replace("Files", "x").replace("\"fs\"", "\"FS\"")),
        409, "conflict", "namespace_prefix 'FS' already in use");
    assertError(api.post("/api/mcp-servers", McpServerCrudTest.STDIO.replace("Files", "x").replace("\"fs\"", "\"Kubernetes\"")),
        409, "conflict", "namespace_prefix 'Kubernetes' conflicts with a built-in tool type");
    assertError(api.post("/api/mcp-servers", McpServerCrudTest.STDIO.replace("Files", "x").replace("\"fs\"", "\"jira\"")),
        409, "conflict", "namespace_prefix 'jira' conflicts with an HTTP connector");
  }

  @Test
  void nullMeansNotProvided_exceptForAuthConfig() {
    JsonNode created = api.post("/api/mcp-servers", McpServerCrudTest.HTTP).json();

    Reply r = api.put("/api/mcp-servers/" + created.get("id").asLong(),
        "{\"name\":null,\"url\":null,\"args\":null,\"env_vars\":null,\"enabled\":null}");

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("name").asText()).isEqualTo("remote");
    assertThat(r.json().get("auth_config").get("type").asText()).isEqualTo("bearer_token");
  }
}
