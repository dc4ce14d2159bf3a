package dev.akmatori.adapter.http.mcp;

import static dev.akmatori.adapter.http.testing.ErrorAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akmatori.adapter.http.testing.Reply;
import dev.akmatori.adapter.http.testing.TestApi;
import dev.akmatori.domain.mcp.McpServer;
import dev.akmatori.domain.mcp.McpServerId;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code /api/mcp-servers} CRUD over HTTP: shape, masking, partial updates (contract §3.9). */
class McpServerCrudTest {
  static final String STDIO =
      "{\"name\":\" Files \",\"transport\":\"stdio\",\"command\":\"npx\",\"args\":[\"-y\",\"pkg\"],"
          + "\"env_vars\":{\"API_KEY\":\"sk-abc123xyz\",\"SHORT\":\"abc\",\"EMPTY\":\"\"},\"namespace_prefix\":\"fs\"}";
  static final String HTTP =
      "{\"name\":\"remote\",\"transport\":\"streamable_http\",\"url\":\"https://mcp.example.com/mcp\","
          + "\"namespace_prefix\":\"Remote\",\"auth_config\":{\"type\":\"bearer_token\",\"token\":\"tok-secret-5678\"}}";

  private final TestApi api = TestApi.start();

  @AfterEach
  void stop() {
    api.close();
  }

  private JsonNode create(String json) {
    Reply r = api.post("/api/mcp-servers", json);
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json();
  }

  private McpServer stored(long id) {
    return api.deps.mcpServers().get(new McpServerId(id));
  }

  @Test
  void create_answers201WithLocationAndEveryFieldOfTheShape_secretsMasked() {
    Reply r = api.post("/api/mcp-servers", STDIO);

    assertThat(r.status()).isEqualTo(201);
    JsonNode body = r.json();
    assertThat(r.header("Location")).isEqualTo("/api/mcp-servers/" + body.get("id").asLong());
    assertThat(body.get("name").asText()).isEqualTo("Files");
    assertThat(body.get("transport").asText()).isEqualTo("stdio");
    assertThat(body.get("url").asText()).isEmpty();
    assertThat(body.get("command").asText()).isEqualTo("npx");
    assertThat(body.get("args").toString()).isEqualTo("[\"-y\",\"pkg\"]");
    assertThat(body.get("env_vars").toString()).isEqualTo("{\"API_KEY\":\"****3xyz\",\"SHORT\":\"****\",\"EMPTY\":\"\"}");
    assertThat(body.get("namespace_prefix").asText()).isEqualTo("fs");
    assertThat(body.get("auth_config").isNull()).isTrue();
    assertThat(body.get("enabled").asBoolean()).isTrue();
    assertThat(body.get("created_at").asText()).isEqualTo("2026-05-06T09:30:12.481Z");
    assertThat(body.get("updated_at").asText()).isEqualTo("2026-05-06T09:30:12.481Z");
    assertThat(body.size()).isEqualTo(12);
  }

  @Test
  void authToken_isMaskedInEveryResponse_andStoredInClearOnlyBehindTheUseCase() {
    long id = create(HTTP).get("id").asLong();

    List<Reply> replies = List.of(api.get("/api/mcp-servers"), api.get("/api/mcp-servers/" + id),
        api.put("/api/mcp-servers/" + id, "{\"enabled\":false}"), api.get("/api/mcp-servers?page=1"));

    for (Reply r : replies) {
      assertThat(r.status()).as(r.toString()).isEqualTo(200);
      assertThat(r.body()).doesNotContain("tok-secret-5678").contains("\"token\":\"****5678\"");
    }
    assertThat(replies.get(1).json().get("auth_config").toString())
        .isEqualTo("{\"type\":\"bearer_token\",\"token\":\"****5678\",\"header_name\":\"\"}");
    assertThat(stored(id).spec().auth().token().reveal()).isEqualTo("tok-secret-5678");
  }

  @Test
  void args_mayBeSentWrappedInAnObject() {
    JsonNode body = create(STDIO.replace("\"args\":[\"-y\",\"pkg\"]", "\"args\":{\"args\":[\"--port\",\"1\"]}"));

    assertThat(body.get("args").toString()).isEqualTo("[\"--port\",\"1\"]");
  }

  @Test
  void list_isOrderedById_plainOrPaged() {
    create(HTTP);
    create(STDIO);

    Reply plain = api.get("/api/mcp-servers");
    Reply paged = api.get("/api/mcp-servers?per_page=1&page=2");

    List<String> names = new ArrayList<>();
    plain.json().forEach(n -> names.add(n.get("name").asText()));
    assertThat(names).containsExactly("remote", "Files");
    assertThat(paged.json().get("data").get(0).get("name").asText()).isEqualTo("Files");
    assertThat(paged.json().get("pagination").toString())
        .isEqualTo("{\"page\":2,\"per_page\":1,\"total\":2,\"total_pages\":2}");
  }

  @Test
  void put_isPartial_envReplacesWhole_maskedValuesKeepTheirs_authNullClears() {
    long stdio = create(STDIO).get("id").asLong();
    long http = create(HTTP).get("id").asLong();
    api.clock.advance(Duration.ofSeconds(90));

    Reply env = api.put("/api/mcp-servers/" + stdio, "{\"env_vars\":{\"API_KEY\":\"****3xyz\",\"NEW\":\"v2\"}}");
    Reply auth = api.put("/api/mcp-servers/" + http, "{\"auth_config\":null}");

    assertThat(env.status()).as(env.toString()).isEqualTo(200);
    assertThat(env.json().get("env_vars").toString()).isEqualTo("{\"API_KEY\":\"****3xyz\",\"NEW\":\"****\"}");
    assertThat(env.json().get("command").asText()).isEqualTo("npx");
    assertThat(env.json().get("updated_at").asText()).isEqualTo("2026-05-06T09:31:42.481Z");
    assertThat(stored(stdio).spec().envVars().get("API_KEY").reveal()).isEqualTo("sk-abc123xyz");
    assertThat(auth.json().get("auth_config").isNull()).isTrue();
    assertThat(stored(http).spec().auth()).isNull();
  }

  @Test
  void put_changingTransport_reValidatesTheMergedRecord() {
    long id = create(STDIO).get("id").asLong();

    Reply missing = api.put("/api/mcp-servers/" + id, "{\"transport\":\"sse\",\"url\":\"http://h:1/sse\"}");
    Reply done = api.put("/api/mcp-servers/" + id, "{\"transport\":\"sse\",\"url\":\"http://h:1/sse\",\"command\":\"\"}");

    assertError(missing, 400, "validation_error", "Validation failed");
    assertThat(missing.json().get("details").toString()).isEqualTo("{\"command\":\"must be empty for sse transport\"}");
    assertThat(done.status()).isEqualTo(200);
    assertThat(done.json().get("transport").asText()).isEqualTo("sse");
  }

  @Test
  void delete_answers204_thenTheServerIsGone() {
    long id = create(STDIO).get("id").asLong();

    Reply deleted = api.delete("/api/mcp-servers/" + id);

    assertThat(deleted.status()).isEqualTo(204);
    assertThat(deleted.body()).isEmpty();
    assertError(api.get("/api/mcp-servers/" + id), 404, "not_found", "MCP server not found");
    assertError(api.delete("/api/mcp-servers/" + id), 404, "not_found", "MCP server not found");
    assertError(api.put("/api/mcp-servers/" + id, "{}"), 404, "not_found", "MCP server not found");
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "0", "-1", "99999999999999999999", "1.5"})
  void badIds_areBadRequests_onEveryRoute(String id) {
    String path = "/api/mcp-servers/" + id;

    assertError(api.get(path), 400, "bad_request", "Invalid MCP server ID");
    assertError(api.put(path, "{}"), 400, "bad_request", "Invalid MCP server ID");
    assertError(api.delete(path), 400, "bad_request", "Invalid MCP server ID");
    assertError(api.get(path + "/tools"), 400, "bad_request", "Invalid MCP server ID");
  }

  @Test
  void anUnsupportedMethod_is405WithAllow() {
    Reply r = api.send(api.request("/api/mcp-servers/1/tools").method("POST", BodyPublishers.noBody()));

    assertError(r, 405, "method_not_allowed");
    assertThat(r.header("Allow")).contains("GET");
  }
}
