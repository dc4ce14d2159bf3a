package dev.akmatori.adapter.http.skill;

import static dev.akmatori.adapter.http.testing.ErrorAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akmatori.adapter.http.testing.Reply;
import dev.akmatori.adapter.http.testing.TestApi;
import dev.akmatori.domain.context.ContextFileDraft;
import dev.akmatori.domain.context.ContextFileName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code /api/skills/{name}/tools} (contract §3.3.3) and SKILL.md following tool changes. */
class SkillToolsEndpointTest {
  private final TestApi api = TestApi.start();

  @AfterEach
  void stop() {
    api.close();
  }

  private long tool(String json) {
    Reply r = api.post("/api/tools", json);
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  private long zabbix(String name) {
    return tool("{\"tool_type_id\":2,\"name\":\"" + name + "\",\"settings\":{\"zabbix_url\":\"https://z.example.com\","
        + "\"zabbix_token\":\"tok-very-secret-9876\"}}");
  }

  private String document() {
    return api.skillDirectories.directory("db-admin").orElseThrow().document().orElseThrow();
  }

  @Test
  void put_replacesTheSet_collapsesDuplicates_andAnswersTheSkillWithMaskedTools() {
    assertThat(api.post("/api/skills", "{\"name\":\"db-admin\"}").status()).isEqualTo(201);
    long b = zabbix("Zabbix B");
    long a = zabbix("Zabbix A");

    Reply r = api.put("/api/skills/db-admin/tools", "{\"tool_instance_ids\":[" + a + "," + b + "," + a + "]}");

    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    JsonNode tools = r.json().get("tools");
    assertThat(tools).hasSize(2);
    assertThat(tools.get(0).get("id").asLong()).isEqualTo(b);
    assertThat(tools.get(1).get("id").asLong()).isEqualTo(a);
    assertThat(tools.get(0).get("settings").get("zabbix_token").asText()).isEqualTo("****9876");
    assertThat(tools.get(0).get("tool_type").get("name").asText()).isEqualTo("zabbix");
    assertThat(r.body()).doesNotContain("tok-very-secret");

    Reply list = api.get("/api/skills/db-admin/tools");
    assertThat(list.json()).isEqualTo(tools);
    assertThat(api.get("/api/skills/db-admin/tools?per_page=1").json().get("pagination").get("total").asLong())
        .isEqualTo(2);
    assertThat(document()).contains("### Zabbix B (logical_name: \"zabbix-b\", type: zabbix)")
        .doesNotContain("tok-very-secret");

    assertThat(api.put("/api/skills/db-admin/tools", "{\"tool_instance_ids\":[]}").json().get("tools")).isEmpty();
    assertThat(document()).doesNotContain("## Assigned Tools");
  }

  @Test
  void put_unknownIdsAreNamed_andBadBodiesAre400() {
    assertThat(api.post("/api/skills", "{\"name\":\"db-admin\"}").status()).isEqualTo(201);
    long a = zabbix("Zabbix A");

    Reply unknown = api.put("/api/skills/db-admin/tools", "{\"tool_instance_ids\":[9," + a + ",7]}");
    assertError(unknown, 400, "validation_error");
    assertThat(unknown.json().get("details").get("tool_instance_ids").asText())
        .isEqualTo("unknown tool instance id(s): 7, 9");

    assertThat(api.put("/api/skills/db-admin/tools", "{}").json().get("details").get("tool_instance_ids").asText())
        .isEqualTo("is required");
    for (String bad : new String[] {"5", "[\"1\"]", "[1.5]", "{}", "[true]"}) {
      Reply r = api.put("/api/skills/db-admin/tools", "{\"tool_instance_ids\":" + bad + "}");
      assertError(r, 400, "validation_error");
      assertThat(r.json().get("details").get("tool_instance_ids").asText()).isEqualTo("must be an array of integers");
    }
    assertThat(api.put("/api/skills/db-admin/tools", "{\"tool_instance_ids\":[" + a + ".0]}").status()).isEqualTo(200);
    assertThat(api.put("/api/skills/db-admin/tools", "{\"tool_instance_ids\":[0,-3]}").json().get("details")
        .get("tool_instance_ids").asText()).isEqualTo("unknown tool instance id(s): -3, 0");
    assertError(api.get("/api/skills/nope/tools"), 404, "not_found", "Skill not found");
    assertError(api.put("/api/skills/nope/tools", "{}"), 404, "not_found", "Skill not found");
  }

  @Test
  void updatingOrDeletingAnAssignedInstance_regeneratesSkillMd() {
    assertThat(api.post("/api/skills", "{\"name\":\"db-admin\"}").status()).isEqualTo(201);
    long a = zabbix("Zabbix A");
    api.put("/api/skills/db-admin/tools", "{\"tool_instance_ids\":[" + a + "]}");

    assertThat(api.put("/api/tools/" + a, "{\"name\":\"Renamed\",\"logical_name\":\"\"}").status()).isEqualTo(200);
    assertThat(document()).contains("### Renamed (logical_name: \"renamed\", type: zabbix)");

    assertThat(api.put("/api/tools/" + a, "{\"enabled\":false}").status()).isEqualTo(200);
    assertThat(document()).doesNotContain("## Assigned Tools");
    assertThat(api.get("/api/skills/db-admin").json().get("tools").get(0).get("enabled").asBoolean()).isFalse();

    assertThat(api.delete("/api/tools/" + a).status()).isEqualTo(204);
    assertThat(api.get("/api/skills/db-admin").json().get("tools")).isEmpty();
    assertThat(document()).doesNotContain("Renamed");
  }

  @Test
  void deletingAContextFile_removesItsAssetLinks() {
    api.contextFileBytes.put("hosts.md", new byte[] {1});
    assertThat(api.post("/api/skills", "{\"name\":\"db-admin\",\"prompt\":\"[[hosts.md]]\"}").status()).isEqualTo(201);
    assertThat(api.skillDirectories.directory("db-admin").orElseThrow().assets()).containsKey("hosts.md");

    api.contextFileRows.create(
        new ContextFileDraft(new ContextFileName("hosts.md"), "hosts.md", "text/markdown", 1, ""), TestApi.START);
    long id = api.get("/api/context").json().get(0).get("id").asLong();

    assertThat(api.delete("/api/context/" + id).status()).isEqualTo(204);

    assertThat(api.skillDirectories.directory("db-admin").orElseThrow().assets()).isEmpty();
  }
}
