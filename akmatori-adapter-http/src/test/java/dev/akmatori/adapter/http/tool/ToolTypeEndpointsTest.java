package dev.akmatori.adapter.http.tool;

import static dev.akmatori.adapter.http.testing.ErrorAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akmatori.adapter.http.testing.Reply;
import dev.akmatori.adapter.http.testing.TestApi;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code GET /api/tool-types} (contract §3.4.1, §6). */
class ToolTypeEndpointsTest {
  private final TestApi api = TestApi.start();

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void list_isAPlainArrayOfTheTenBuiltins_orderedById() {
    Reply r = api.get("/api/tool-types");

    assertThat(r.status()).isEqualTo(200);
    JsonNode list = r.json();
    List<String> names = new ArrayList<>();
    List<Long> ids = new ArrayList<>();
    list.forEach(t -> {
      names.add(t.get("name").asText());
      ids.add(t.get("id").asLong());
    });
    assertThat(ids).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
    assertThat(names).containsExactly("ssh", "zabbix", "victoria_metrics", "catchpoint", "postgresql", "grafana",
        "pagerduty", "clickhouse", "netbox", "kubernetes");
  }

  @Test
  void aToolType_hasTheContractShape_withSchemaAndOperationsAsJson() {
    JsonNode ssh = api.get("/api/tool-types").json().get(0);

    assertThat(ssh.fieldNames()).toIterable().containsExactly(
        "id", "name", "kind", "connector_id", "description", "schema", "operations", "created_at", "updated_at");
    assertThat(ssh.get("kind").asText()).isEqualTo("builtin");
    assertThat(ssh.get("connector_id").isNull()).isTrue();
    assertThat(ssh.get("description").asText()).isNotBlank();
    assertThat(ssh.get("created_at").asText()).isEqualTo("2026-05-06T09:30:12.481Z");
    JsonNode schema = ssh.get("schema");
    assertThat(schema.get("type").asText()).isEqualTo("object");
    assertThat(schema.get("properties").has("ssh_keys")).isTrue();
    assertThat(schema.get("properties").get("ssh_hosts").get("items").get("required").toString())
        .isEqualTo("[\"hostname\",\"address\"]");
    JsonNode execute = ssh.get("operations").get(0);
    assertThat(execute.get("name").asText()).isEqualTo("execute_command");
    assertThat(execute.get("read_only").asBoolean()).isFalse();
    assertThat(execute.get("input_schema").get("required").get(0).asText()).isEqualTo("command");
    assertThat(ssh.get("operations").get(1).get("read_only").asBoolean()).isTrue();
  }

  @Test
  void secretProperties_carryTheSecretFlag() {
    JsonNode zabbix = api.get("/api/tool-types").json().get(1);

    JsonNode token = zabbix.get("schema").get("properties").get("zabbix_token");
    assertThat(token.get("secret").asBoolean()).isTrue();
    assertThat(zabbix.get("schema").get("required").toString()).isEqualTo("[\"zabbix_url\"]");
  }

  @Test
  void list_withPaging_isTheEnvelope() {
    JsonNode page = api.get("/api/tool-types?page=2&per_page=4").json();

    assertThat(page.get("data")).hasSize(4);
    assertThat(page.get("data").get(0).get("name").asText()).isEqualTo("postgresql");
    assertThat(page.get("pagination").get("total").asLong()).isEqualTo(10);
    assertThat(page.get("pagination").get("total_pages").asLong()).isEqualTo(3);
  }

  @Test
  void toolTypes_areReadOnly() {
    Reply r = api.post("/api/tool-types", "{}");

    assertError(r, 405, "method_not_allowed");
    assertThat(r.header("Allow")).isEqualTo("GET");
  }
}
