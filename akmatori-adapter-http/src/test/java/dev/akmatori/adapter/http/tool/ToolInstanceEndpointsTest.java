package dev.akmatori.adapter.http.tool;

import static dev.akmatori.adapter.http.testing.ErrorAssertions.assertError;
import static dev.akmatori.adapter.http.tool.ToolRequests.ZABBIX;
import static dev.akmatori.adapter.http.tool.ToolRequests.addKey;
import static dev.akmatori.adapter.http.tool.ToolRequests.createTool;
import static dev.akmatori.adapter.http.tool.ToolRequests.json;
import static dev.akmatori.adapter.http.tool.ToolRequests.map;
import static dev.akmatori.adapter.http.tool.ToolRequests.sshTool;
import static dev.akmatori.adapter.http.tool.ToolRequests.zabbix;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akmatori.adapter.http.testing.Reply;
import dev.akmatori.adapter.http.testing.TestApi;
import dev.akmatori.domain.tool.ToolInstanceId;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code /api/tools}: CRUD, merge and masking over HTTP (contract §1.7, §3.4.2). */
class ToolInstanceEndpointsTest {
  private static final String TOKEN = "zbx-SECRET-token-9876";
  private final TestApi api = TestApi.start();

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void create_answers201WithLocation_andTheToolInstanceShape_secretsMasked() {
    Reply r = api.post("/api/tools", json("tool_type_id", ZABBIX, "name", "  Prod Zabbix  ",
        "settings", map("zabbix_url", "https://zbx.example.com", "zabbix_token", TOKEN, "zabbix_timeout", 60.0)));

    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    JsonNode body = r.json();
    assertThat(r.header("Location")).isEqualTo("/api/tools/" + body.get("id").asLong());
    assertThat(body.fieldNames()).toIterable().containsExactly("id", "tool_type_id", "name", "logical_name",
        "settings", "enabled", "tool_type", "created_at", "updated_at");
    assertThat(body.get("name").asText()).isEqualTo("Prod Zabbix");
    assertThat(body.get("logical_name").asText()).isEqualTo("prod-zabbix");
    assertThat(body.get("enabled").asBoolean()).isTrue();
    assertThat(body.get("settings").toString())
        .isEqualTo("{\"zabbix_url\":\"https://zbx.example.com\",\"zabbix_token\":\"****9876\",\"zabbix_timeout\":60}");
    assertThat(body.get("tool_type").fieldNames()).toIterable().containsExactly("id", "name", "kind", "description");
    assertThat(body.get("tool_type").get("name").asText()).isEqualTo("zabbix");
    assertThat(body.get("updated_at").asText()).isEqualTo("2026-05-06T09:30:12.481Z");
    assertThat(r.body()).doesNotContain("SECRET");
  }

  @Test
  void noResponse_everShowsTheSecret_andTheStoreHoldsItSealed() {
    long id = zabbix(api, "z", TOKEN);
    sshTool(api, "box");

    List<Reply> replies = List.of(api.get("/api/tools"), api.get("/api/tools?page=1"), api.get("/api/tools/" + id),
        api.put("/api/tools/" + id, json("name", "z2", "settings", map("zabbix_token", "****9876"))));

    assertThat(replies).allSatisfy(r -> {
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.body()).doesNotContain("SECRET").contains("****9876");
    });
    Object stored = api.toolStores.instances().find(new ToolInstanceId(id)).orElseThrow()
        .fields().sealedSettings().get("zabbix_token");
    assertThat((String) stored).startsWith("test:tools:").doesNotContain("SECRET");
  }

  @Test
  void update_mergesSettings_echoKeeps_nullRemoves_omittedStays_andBumpsUpdatedAt() {
    long id = createTool(api, "tool_type_id", ZABBIX, "name", "z", "settings", map("zabbix_url", "https://a",
        "zabbix_token", TOKEN, "zabbix_timeout", 60, "zabbix_verify_ssl", false)).get("id").asLong();
    api.clock.advance(Duration.ofSeconds(90));

    Reply r = api.put("/api/tools/" + id, json("settings", map("zabbix_token", "****9876", "zabbix_timeout", null,
        "zabbix_url", "https://b"), "enabled", false));

    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    assertThat(r.json().get("settings").toString())
        .isEqualTo("{\"zabbix_url\":\"https://b\",\"zabbix_token\":\"****9876\",\"zabbix_verify_ssl\":false}");
    assertThat(r.json().get("enabled").asBoolean()).isFalse();
    assertThat(r.json().get("updated_at").asText()).isEqualTo("2026-05-06T09:31:42.481Z");
    assertThat(api.get("/api/tools/" + id).json()).isEqualTo(r.json());
  }

  @Test
  void update_logicalName_emptyIsReDerivedFromTheNewName_omittedIsKept() {
    long id = zabbix(api, "First", TOKEN);

    assertThat(api.put("/api/tools/" + id, json("name", "Second One")).json().get("logical_name").asText())
        .isEqualTo("first");
    assertThat(api.put("/api/tools/" + id, json("logical_name", "")).json().get("logical_name").asText())
        .isEqualTo("second-one");
    assertThat(api.put("/api/tools/" + id, json("logical_name", "My Slug")).json().get("logical_name").asText())
        .isEqualTo("my-slug");
  }

  @Test
  void sshTools_showTheirKeysInSettings_withoutPrivateKeys_andIgnoreSshKeysInRequests() {
    long id = sshTool(api, "box");
    JsonNode key = addKey(api, id, "deploy", null);

    Reply r = api.put("/api/tools/" + id, json("settings", map("ssh_keys", List.of(map("id", "forged")),
        "ssh_hosts", List.of(map("hostname", "web-1", "address", "10.0.0.1", "key_id", key.get("id").asText())))));

    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    JsonNode settings = r.json().get("settings");
    assertThat(settings.get("ssh_keys")).hasSize(1);
    assertThat(settings.get("ssh_keys").get(0)).isEqualTo(key);
    assertThat(settings.get("ssh_keys").get(0).fieldNames()).toIterable()
        .containsExactly("id", "name", "is_default", "created_at");
    assertThat(settings.get("ssh_hosts").get(0).get("hostname").asText()).isEqualTo("web-1");
    assertThat(r.body()).doesNotContain("PRIVATE KEY").doesNotContain("forged");
    assertThat(api.get("/api/tools").json().get(0).get("settings").get("ssh_keys")).hasSize(1);
  }

  @Test
  void list_isOrderedById_plainOrEnveloped() {
    long b = zabbix(api, "b", TOKEN);
    long a = zabbix(api, "a", TOKEN);

    JsonNode plain = api.get("/api/tools").json();
    JsonNode page = api.get("/api/tools?per_page=1&page=2").json();

    assertThat(plain).extracting(n -> n.get("id").asLong()).containsExactly(b, a);
    assertThat(page.get("data")).extracting(n -> n.get("id").asLong()).containsExactly(a);
    assertThat(page.get("pagination").get("total").asLong()).isEqualTo(2);
  }

  @Test
  void delete_answers204_thenTheToolAndItsKeysAreGone() {
    long id = sshTool(api, "box");
    addKey(api, id, "k", true);

    Reply deleted = api.delete("/api/tools/" + id);

    assertThat(deleted.status()).isEqualTo(204);
    assertThat(deleted.body()).isEmpty();
    assertError(api.get("/api/tools/" + id), 404, "not_found", "Tool not found");
    assertError(api.delete("/api/tools/" + id), 404, "not_found", "Tool not found");
    assertThat(api.toolStores.keys().list(new ToolInstanceId(id))).isEmpty();
  }
}
