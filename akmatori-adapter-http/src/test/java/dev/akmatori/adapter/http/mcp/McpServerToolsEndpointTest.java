package dev.akmatori.adapter.http.mcp;

import static dev.akmatori.adapter.http.testing.ErrorAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akmatori.adapter.http.testing.Reply;
import dev.akmatori.adapter.http.testing.TestApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code GET /api/mcp-servers/{id}/tools} over a scripted MCP client (contract §3.9). */
class McpServerToolsEndpointTest {
  private final TestApi api = TestApi.start();

  @AfterEach
  void stop() {
    api.close();
  }

  private long createDisabled() {
    String stdio = McpServerCrudTest.STDIO;
    Reply r = api.post("/api/mcp-servers", stdio.substring(0, stdio.length() - 1) + ",\"enabled\":false}");
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  @Test
  void tools_ofADisabledServer_areListedWithQualifiedNamesSchemaAndReadOnly() {
    long id = createDisabled();
    api.mcpClient.answering("get_file_info", "write_file");

    Reply r = api.get("/api/mcp-servers/" + id + "/tools");

    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    JsonNode first = r.json().get(0);
    assertThat(first.toString()).isEqualTo("{\"name\":\"get_file_info\",\"qualified_name\":\"fs.get_file_info\","
        + "\"description\":\"Tool get_file_info\",\"input_schema\":{\"type\":\"object\"},\"read_only\":true}");
    assertThat(r.json().get(1).get("read_only").asBoolean()).isFalse();
    assertThat(api.mcpClient.seen().get(0).spec().envVars().get("API_KEY").reveal()).isEqualTo("sk-abc123xyz");
    assertThat(api.mcpClient.seen().get(0).spec().enabled()).isFalse();
  }

  @Test
  void tools_arePagedLikeEveryList() {
    long id = createDisabled();
    api.mcpClient.answering("a", "b", "c");

    Reply r = api.get("/api/mcp-servers/" + id + "/tools?per_page=2&page=2");

    assertThat(r.json().get("data").get(0).get("qualified_name").asText()).isEqualTo("fs.c");
    assertThat(r.json().get("pagination").get("total").asLong()).isEqualTo(3);
  }

  @Test
  void anUnreachableServer_is502BadGatewayNamingTheServerAndTheReason() {
    long id = createDisabled();
    api.mcpClient.failing("process exited with code 1");

    assertError(api.get("/api/mcp-servers/" + id + "/tools"), 502, "bad_gateway",
        "Failed to connect to MCP server 'Files': process exited with code 1");
  }

  @Test
  void toolsOfAnUnknownServer_isNotFound_withoutConnecting() {
    assertError(api.get("/api/mcp-servers/77/tools"), 404, "not_found", "MCP server not found");
    assertThat(api.mcpClient.seen()).isEmpty();
  }
}
