package dev.akmatori.adapter.http.skill;

import static dev.akmatori.adapter.http.testing.ErrorAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akmatori.adapter.http.testing.Reply;
import dev.akmatori.adapter.http.testing.TestApi;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code /api/skills}: CRUD, the system skill and sync over HTTP (contract §3.3.1, §3.3.6). */
class SkillEndpointsTest {
  private final TestApi api = TestApi.start();

  @AfterEach
  void stop() {
    api.close();
  }

  private JsonNode create(String json) {
    Reply r = api.post("/api/skills", json);
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json();
  }

  private static List<String> names(JsonNode list) {
    List<String> names = new ArrayList<>();
    list.forEach(n -> names.add(n.get("name").asText()));
    return names;
  }

  @Test
  void create_answers201WithLocationAndEveryFieldOfTheSkill() {
    Reply r = api.post("/api/skills",
        "{\"name\":\"db-admin\",\"description\":\"Checks: disk\",\"category\":\"databases\",\"prompt\":\"See [[a.md]].\"}");

    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    assertThat(r.header("Location")).isEqualTo("/api/skills/db-admin");
    JsonNode body = r.json();
    assertThat(body.get("id").asLong()).isPositive();
    assertThat(body.get("name").asText()).isEqualTo("db-admin");
    assertThat(body.get("description").asText()).isEqualTo("Checks: disk");
    assertThat(body.get("category").asText()).isEqualTo("databases");
    assertThat(body.get("is_system").asBoolean()).isFalse();
    assertThat(body.get("enabled").asBoolean()).isTrue();
    assertThat(body.get("prompt").asText()).isEqualTo("See [a.md](assets/a.md).");
    assertThat(body.get("tools").isArray()).isTrue();
    assertThat(body.get("tools")).isEmpty();
    assertThat(body.get("created_at").asText()).isEqualTo("2026-05-06T09:30:12.481Z");
    assertThat(body.get("updated_at").asText()).isEqualTo("2026-05-06T09:30:12.481Z");
    assertThat(body.size()).isEqualTo(10);
    assertThat(api.skillDirectories.directory("db-admin").orElseThrow().document().orElseThrow())
        .startsWith("---\nname: db-admin\n");
  }

  @Test
  void create_reportsEveryBrokenField() {
    Reply r = api.post("/api/skills",
        "{\"name\":\"Bad_Name\",\"description\":\"" + "d".repeat(1025) + "\",\"category\":\"" + "c".repeat(65)
            + "\",\"enabled\":\"yes\",\"extra\":1}");

    assertError(r, 400, "validation_error", "Validation failed");
    JsonNode details = r.json().get("details");
    assertThat(details.get("name").asText()).isEqualTo("must be kebab-case (e.g. 'zabbix-analyst', 'db-admin')");
    assertThat(details.get("description").asText()).isEqualTo("must be at most 1024 characters");
    assertThat(details.get("category").asText()).isEqualTo("must be at most 64 characters");
    assertThat(details.get("enabled").asText()).isEqualTo("must be a boolean");
    assertThat(details.get("extra").asText()).isEqualTo("unknown field");
  }

  @Test
  void create_nameMessages() {
    assertThat(api.post("/api/skills", "{}").json().get("details").get("name").asText()).isEqualTo("is required");
    assertThat(api.post("/api/skills", "{\"name\":\"" + "a".repeat(65) + "\"}").json().get("details").get("name")
        .asText()).isEqualTo("must be at most 64 characters");
    for (String bad : List.of("-a", "a-", "a--b", "1abc", "ABC", "a_b")) {
      assertError(api.post("/api/skills", "{\"name\":\"" + bad + "\"}"), 400, "validation_error");
    }
    assertError(api.post("/api/skills", ""), 400, "bad_request", "Request body is empty");
  }

  @Test
  void create_duplicateInTheDatabase_orAsADirectoryOnDisk_is409() {
    create("{\"name\":\"taken\"}");
    api.skillDirectories.putDirectory("on-disk", null);

    assertError(api.post("/api/skills", "{\"name\":\"taken\"}"), 409, "conflict", "Skill 'taken' already exists");
    assertError(api.post("/api/skills", "{\"name\":\"on-disk\"}"), 409, "conflict", "Skill 'on-disk' already exists");
  }

  @Test
  void list_isOrderedByName_withTheSystemSkill_andPagesOnRequest() {
    create("{\"name\":\"zeta\"}");
    create("{\"name\":\"alpha\"}");

    JsonNode list = api.get("/api/skills").json();
    assertThat(list.isArray()).isTrue();
    assertThat(names(list)).containsExactly("alpha", "incident-manager", "zeta");
    JsonNode root = list.get(1);
    assertThat(root.get("is_system").asBoolean()).isTrue();
    assertThat(root.get("category").asText()).isEqualTo("system");
    assertThat(root.get("prompt").asText()).contains("search_runbooks");

    JsonNode page = api.get("/api/skills?page=2&per_page=2").json();
    assertThat(names(page.get("data"))).containsExactly("zeta");
    assertThat(page.get("pagination").get("total").asLong()).isEqualTo(3);
  }

  @Test
  void get_returnsTheSkill_unknownOrMalformedNamesAre404() {
    JsonNode created = create("{\"name\":\"db-admin\"}");

    assertThat(api.get("/api/skills/db-admin").json()).isEqualTo(created);
    assertThat(api.get("/api/skills/db-admin/").json()).isEqualTo(created);
    assertError(api.get("/api/skills/nope"), 404, "not_found", "Skill not found");
    assertError(api.get("/api/skills/Bad_Name"), 404, "not_found", "Skill not found");
  }

  @Test
  void put_isPartial() {
    create("{\"name\":\"db-admin\",\"description\":\"d\",\"category\":\"c\",\"prompt\":\"p\"}");

    Reply r = api.put("/api/skills/db-admin", "{\"description\":\"new\",\"enabled\":false,\"category\":null}");

    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    assertThat(r.json().get("description").asText()).isEqualTo("new");
    assertThat(r.json().get("category").asText()).isEqualTo("c");
    assertThat(r.json().get("prompt").asText()).isEqualTo("p");
    assertThat(r.json().get("enabled").asBoolean()).isFalse();
  }

  @Test
  void put_unknownSkillIs404_evenWithABadBody_andBadFieldsAre400() {
    create("{\"name\":\"db-admin\"}");

    assertError(api.put("/api/skills/nope", "{\"name\":\"x\"}"), 404, "not_found", "Skill not found");
    Reply r = api.put("/api/skills/db-admin", "{\"name\":\"renamed\",\"category\":\"" + "c".repeat(65) + "\"}");
    assertError(r, 400, "validation_error");
    assertThat(r.json().get("details").get("name").asText()).isEqualTo("unknown field");
    assertThat(r.json().get("details").get("category").asText()).isEqualTo("must be at most 64 characters");
  }

  @Test
  void theSystemSkill_cannotBeDeletedDisabledOrRecategorised_butItsPromptAndDescriptionChange() {
    assertError(api.delete("/api/skills/incident-manager"), 403, "forbidden",
        "Cannot delete system skill: incident-manager");
    assertError(api.put("/api/skills/incident-manager", "{\"enabled\":false}"), 403, "forbidden",
        "System skill 'incident-manager' cannot be disabled");
    assertError(api.put("/api/skills/incident-manager", "{\"category\":\"ops\"}"), 403, "forbidden",
        "System skill 'incident-manager' cannot change category");

    Reply r = api.put("/api/skills/incident-manager", "{\"description\":\"Mine\",\"prompt\":\"Be brief.\",\"enabled\":true}");
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    assertThat(r.json().get("prompt").asText()).isEqualTo("Be brief.");
  }

  @Test
  void delete_answers204_thenTheSkillIsGone() {
    create("{\"name\":\"gone\"}");

    Reply r = api.delete("/api/skills/gone");

    assertThat(r.status()).isEqualTo(204);
    assertThat(r.body()).isEmpty();
    assertThat(api.skillDirectories.directory("gone")).isEmpty();
    assertError(api.get("/api/skills/gone"), 404, "not_found", "Skill not found");
    assertError(api.delete("/api/skills/gone"), 404, "not_found", "Skill not found");
  }

  @Test
  void promptRoutes_readAndWriteTheConvertedPrompt() {
    create("{\"name\":\"db-admin\",\"prompt\":\"old\"}");

    assertThat(api.get("/api/skills/db-admin/prompt").json().get("prompt").asText()).isEqualTo("old");
    Reply put = api.put("/api/skills/db-admin/prompt", "{\"prompt\":\"Read [[hosts.md]].\"}");
    assertThat(put.status()).isEqualTo(200);
    assertThat(put.json().toString()).isEqualTo("{\"status\":\"ok\"}");
    assertThat(api.get("/api/skills/db-admin/prompt").json().get("prompt").asText())
        .isEqualTo("Read [hosts.md](assets/hosts.md).");
    assertThat(api.put("/api/skills/db-admin/prompt", "{\"prompt\":\"\"}").status()).isEqualTo(200);
    assertThat(api.get("/api/skills/db-admin/prompt").json().get("prompt").asText()).isEmpty();

    assertThat(api.put("/api/skills/db-admin/prompt", "{}").json().get("details").get("prompt").asText())
        .isEqualTo("is required");
    assertThat(api.put("/api/skills/db-admin/prompt", "{\"prompt\":5}").json().get("details").get("prompt").asText())
        .isEqualTo("must be a string");
    assertError(api.get("/api/skills/nope/prompt"), 404, "not_found", "Skill not found");
    assertError(api.put("/api/skills/nope/prompt", "not json"), 404, "not_found", "Skill not found");
  }

  @Test
  void sync_isThePostAction_whileOtherMethodsAddressASkillNamedSync() {
    api.skillDirectories.putDirectory("imported", "---\ndescription: From disk\n---\nBody\n");
    api.skillDirectories.putDirectory("No_Good", "---\n---\n");
    api.skillDirectories.putDirectory("no-doc", null);

    Reply r = api.send(api.request("/api/skills/sync").POST(BodyPublishers.noBody()));

    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    assertThat(r.json().toString()).isEqualTo("{\"status\":\"ok\",\"message\":\"Skills synced from filesystem\","
        + "\"imported\":[\"imported\"],\"skipped\":[{\"name\":\"No_Good\",\"reason\":\"invalid skill name\"},"
        + "{\"name\":\"no-doc\",\"reason\":\"missing SKILL.md\"}]}");
    assertThat(api.get("/api/skills/imported").json().get("description").asText()).isEqualTo("From disk");

    assertError(api.get("/api/skills/sync"), 404, "not_found", "Skill not found");
    create("{\"name\":\"sync\"}");
    assertThat(api.get("/api/skills/sync").json().get("name").asText()).isEqualTo("sync");
    assertThat(api.put("/api/skills/sync", "{\"description\":\"x\"}").status()).isEqualTo(200);
    assertThat(api.delete("/api/skills/sync").status()).isEqualTo(204);
  }

  @Test
  void aWrongMethod_is405WithAllow() {
    Reply r = api.send(api.request("/api/skills/db-admin").method("PATCH", BodyPublishers.ofString("{}")));

    assertError(r, 405, "method_not_allowed", "Method not allowed");
    assertThat(r.header("Allow")).isEqualTo("DELETE, GET, PUT");
    assertThat(api.send(api.request("/api/skills/sync").method("PATCH", BodyPublishers.noBody())).header("Allow"))
        .isEqualTo("DELETE, GET, POST, PUT");
  }
}
