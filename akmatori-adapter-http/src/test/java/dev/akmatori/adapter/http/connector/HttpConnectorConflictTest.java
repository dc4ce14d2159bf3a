package dev.akmatori.adapter.http.connector;

import static dev.akmatori.adapter.http.connector.ConnectorRequests.create;
import static dev.akmatori.adapter.http.connector.ConnectorRequests.minimal;
import static dev.akmatori.adapter.http.testing.ErrorAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.adapter.http.testing.Reply;
import dev.akmatori.adapter.http.testing.TestApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The 409s of §3.8 and §3.9: one case-insensitive namespace for built-ins, connectors and MCP prefixes. */
class HttpConnectorConflictTest {
  private final TestApi api = TestApi.start();

  @AfterEach
  void stop() {
    api.close();
  }

  private Reply mcpServer(String prefix) {
    return api.post("/api/mcp-servers", "{\"name\":\"mcp-" + prefix + "\",\"transport\":\"stdio\","
        + "\"command\":\"npx\",\"namespace_prefix\":\"" + prefix + "\"}");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ssh", "SSH", "Zabbix", "KUBERNETES", "Victoria_Metrics"})
  void aBuiltinNameInAnyCase_conflicts(String name) {
    assertError(api.post("/api/http-connectors", minimal(name)), 409, "conflict",
        "tool_type_name '" + name + "' conflicts with a built-in tool type");
  }

  @Test
  void anotherConnectorsNameInAnyCase_conflicts_onCreateAndOnRename() {
    create(api, minimal("Shop"));
    long other = create(api, minimal("Other")).get("id").asLong();

    assertError(api.post("/api/http-connectors", minimal("SHOP")), 409, "conflict",
        "Connector with tool_type_name 'SHOP' already exists");
    assertError(api.put("/api/http-connectors/" + other, "{\"tool_type_name\":\"shop\"}"), 409, "conflict",
        "Connector with tool_type_name 'shop' already exists");
  }

  @Test
  void anMcpPrefix_blocksAConnectorName_inAnyCase() {
    assertThat(mcpServer("foo").status()).isEqualTo(201);

    assertError(api.post("/api/http-connectors", minimal("Foo")), 409, "conflict",
        "tool_type_name 'Foo' conflicts with an existing MCP server namespace");
  }

  @Test
  void aConnectorName_blocksAnMcpPrefix_inAnyCase_theOtherDirection() {
    create(api, minimal("foo"));

    assertError(mcpServer("FOO"), 409, "conflict", "namespace_prefix 'FOO' conflicts with an HTTP connector");
    long mcp = mcpServer("bar").json().get("id").asLong();
    assertError(api.put("/api/mcp-servers/" + mcp, "{\"namespace_prefix\":\"Foo\"}"), 409, "conflict",
        "namespace_prefix 'Foo' conflicts with an HTTP connector");
  }

  @Test
  void aRenameOnlyInCase_isNoConflictWithItself() {
    long id = create(api, minimal("Shop")).get("id").asLong();

    Reply r = api.put("/api/http-connectors/" + id, "{\"tool_type_name\":\"SHOP\"}");

    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    assertThat(r.json().get("tool_type_name").asText()).isEqualTo("SHOP");
  }

  @Test
  void validationComesBeforeConflicts() {
    Reply r = api.post("/api/http-connectors", "{\"tool_type_name\":\"ssh\",\"base_url_field\":\"u\"}");

    assertError(r, 400, "validation_error", "Validation failed");
  }

  @Test
  void deletingAConnectorInUse_conflictsWithTheInstanceCount() {
    long id = create(api, minimal("Used")).get("id").asLong();
    long type = api.get("/api/http-connectors/" + id).json().get("tool_type_id").asLong();
    for (String name : new String[] {"one", "two"}) {
      Reply tool = api.post("/api/tools", "{\"tool_type_id\":" + type + ",\"name\":\"" + name + "\","
          + "\"settings\":{\"url\":\"https://" + name + ".example.com\"}}");
      assertThat(tool.status()).as(tool.toString()).isEqualTo(201);
    }

    assertError(api.delete("/api/http-connectors/" + id), 409, "conflict",
        "Connector is used by 2 tool instance(s); delete them first");
    assertThat(api.get("/api/http-connectors/" + id).status()).isEqualTo(200);
  }
}
