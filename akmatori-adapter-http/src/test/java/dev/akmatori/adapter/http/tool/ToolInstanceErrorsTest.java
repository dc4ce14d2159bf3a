package dev.akmatori.adapter.http.tool;

import static dev.akmatori.adapter.http.testing.ErrorAssertions.assertError;
import static dev.akmatori.adapter.http.tool.ToolRequests.SSH;
import static dev.akmatori.adapter.http.tool.ToolRequests.ZABBIX;
import static dev.akmatori.adapter.http.tool.ToolRequests.json;
import static dev.akmatori.adapter.http.tool.ToolRequests.map;
import static dev.akmatori.adapter.http.tool.ToolRequests.write;
import static dev.akmatori.adapter.http.tool.ToolRequests.zabbix;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akmatori.adapter.http.testing.Reply;
import dev.akmatori.adapter.http.testing.TestApi;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every error of {@code /api/tools} with its status, code and message (contract §1.3, §3.4.2). */
class ToolInstanceErrorsTest {
  private final TestApi api = TestApi.start();

  @AfterEach
  void stop() {
    api.close();
  }

  private Map<String, String> details(Reply r) {
    assertError(r, 400, "validation_error", "Validation failed");
    Map<String, String> details = new LinkedHashMap<>();
    r.json().get("details").properties().forEach(e -> details.put(e.getKey(), e.getValue().asText()));
    return details;
  }

  @Test
  void create_reportsShapeAndRuleErrorsTogether() {
    Reply r = api.post("/api/tools", json("tool_type_id", "2", "name", "  ", "enabled", "yes", "colour", "red",
        "settings", map("zabbix_timeout", 1)));

    assertThat(details(r)).containsExactlyInAnyOrderEntriesOf(Map.of(
        "tool_type_id", "must be an integer", "name", "is required", "enabled", "must be a boolean",
        "colour", "unknown field"));
    assertThat(api.get("/api/tools").json()).isEmpty();
  }

  @Test
  void create_ruleErrors_unknownType_settings_nameAndLogicalName() {
    assertThat(details(api.post("/api/tools", json("tool_type_id", 99, "name", "x"))))
        .containsExactly(Map.entry("tool_type_id", "unknown tool type"));
    assertThat(details(api.post("/api/tools", json("name", "x")))).containsExactly(Map.entry("tool_type_id", "is required"));
    assertThat(details(api.post("/api/tools", json("tool_type_id", ZABBIX, "name", "x".repeat(129),
        "settings", map("zabbix_url", "nope", "zabbix_tokn", "t", "zabbix_timeout", 5.5)))))
        .containsExactlyInAnyOrderEntriesOf(Map.of("name", "must be at most 128 characters",
            "settings.zabbix_url", "must be a valid http or https URL", "settings.zabbix_tokn", "unknown setting",
            "settings.zabbix_timeout", "must be an integer"));
    assertThat(details(api.post("/api/tools", json("tool_type_id", ZABBIX, "name", "???", "settings", map("zabbix_url", "https://z")))))
        .containsExactly(Map.entry("logical_name", "resolves to empty after sanitization"));
    assertThat(details(api.post("/api/tools", json("tool_type_id", ZABBIX, "name", "z", "settings", "x"))))
        .containsEntry("settings", "must be an object");
  }

  @Test
  void sshHostRules_comeBackAtTheirPaths() {
    Reply r = api.post("/api/tools", json("tool_type_id", SSH, "name", "box", "settings", map("ssh_hosts", List.of(
        map("hostname", "a", "address", "1.1.1.1", "key_id", "3f1c0a8e-5b7d-4c2e-9f10-1a2b3c4d5e6f", "port", 70000),
        map("hostname", "a", "adress", "x")))));

    assertThat(details(r)).containsExactlyInAnyOrderEntriesOf(Map.of(
        "settings.ssh_hosts[0].key_id", "unknown SSH key",
        "settings.ssh_hosts[0].port", "must be between 1 and 65535",
        "settings.ssh_hosts[1].hostname", "must be unique",
        "settings.ssh_hosts[1].address", "is required",
        "settings.ssh_hosts[1].adress", "unknown setting"));
  }

  @Test
  void takenNames_are409_withTheContractMessages() {
    zabbix(api, "prod", "t");

    assertError(api.post("/api/tools", json("tool_type_id", ZABBIX, "name", "prod", "logical_name", "x",
        "settings", map("zabbix_url", "https://z"))), 409, "conflict", "Tool instance with name 'prod' already exists");
    assertError(api.post("/api/tools", json("tool_type_id", SSH, "name", "Prod!")), 409, "conflict",
        "Tool instance with logical name 'prod' already exists");
    long other = zabbix(api, "other", "t");
    assertError(api.put("/api/tools/" + other, json("name", "prod")), 409, "conflict",
        "Tool instance with name 'prod' already exists");
  }

  @Test
  void update_errors_validationNotFoundAndBadBodies() {
    long id = zabbix(api, "z", "t");

    assertThat(details(api.put("/api/tools/" + id, json("tool_type_id", 1, "settings", map("zabbix_url", null)))))
        .containsExactlyInAnyOrderEntriesOf(Map.of("tool_type_id", "unknown field", "settings.zabbix_url", "is required"));
    assertThat(details(api.put("/api/tools/" + id, json("name", "", "logical_name", "***"))))
        .containsExactlyInAnyOrderEntriesOf(Map.of("name", "is required", "logical_name", "resolves to empty after sanitization"));
    assertError(api.put("/api/tools/424242", json("name", "x")), 404, "not_found", "Tool not found");
    assertError(api.put("/api/tools/" + id, ""), 400, "bad_request", "Request body is empty");
    assertError(api.put("/api/tools/" + id, "[1]"), 400, "bad_request", "Request body must be a JSON object");
    assertError(api.put("/api/tools/" + id, "{\"settings\": {\"zabbix_timeout\": 1e400}}"), 400, "validation_error");
    JsonNode unchanged = api.get("/api/tools/" + id).json();
    assertThat(unchanged.get("name").asText()).isEqualTo("z");
    assertThat(write(unchanged.get("settings"))).contains("https://zbx.example.com");
  }
}
