package dev.akmatori.adapter.http.tool;

import static dev.akmatori.adapter.http.testing.ErrorAssertions.assertError;
import static dev.akmatori.adapter.http.tool.ToolRequests.addKey;
import static dev.akmatori.adapter.http.tool.ToolRequests.json;
import static dev.akmatori.adapter.http.tool.ToolRequests.map;
import static dev.akmatori.adapter.http.tool.ToolRequests.sshTool;
import static dev.akmatori.adapter.http.tool.ToolRequests.zabbix;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akmatori.adapter.http.testing.Reply;
import dev.akmatori.adapter.http.testing.TestApi;
import dev.akmatori.domain.testing.TestSshKeys;
import dev.akmatori.domain.tool.ToolInstanceId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code /api/tools/{id}/ssh-keys}: every route, rule and message of contract §3.4.3. */
class SshKeyEndpointsTest {
  private final TestApi api = TestApi.start();
  private final long tool = sshTool(api, "box");
  private final String base = "/api/tools/" + tool + "/ssh-keys";

  @AfterEach
  void stop() {
    api.close();
  }

  private List<String> defaults() {
    List<String> names = new ArrayList<>();
    api.get(base).json().forEach(k -> {
      if (k.get("is_default").asBoolean()) {
        names.add(k.get("name").asText());
      }
    });
    return names;
  }

  @Test
  void create_answers201WithLocationAndTheKeyShape_neverThePrivateKey() {
    Reply r = api.post(base, json("name", "  deploy  ", "private_key", TestSshKeys.ed25519()));

    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    JsonNode key = r.json();
    assertThat(key.fieldNames()).toIterable().containsExactly("id", "name", "is_default", "created_at");
    assertThat(key.get("id").asText()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    assertThat(key.get("name").asText()).isEqualTo("deploy");
    assertThat(key.get("is_default").asBoolean()).isTrue();
    assertThat(key.get("created_at").asText()).isEqualTo("2026-05-06T09:30:12.481Z");
    assertThat(r.header("Location")).isEqualTo(base + "/" + key.get("id").asText());
    assertThat(api.get(r.header("Location")).json()).isEqualTo(key);
    String sealed = api.toolStores.keys().listSealed(new ToolInstanceId(tool)).get(0).sealedPrivateKey();
    assertThat(sealed).startsWith("test:tools:").doesNotContain("PRIVATE KEY");
  }

  @Test
  void list_isInCreationOrder_plainOrEnveloped_withoutPrivateKeys() {
    addKey(api, tool, "b", null);
    addKey(api, tool, "a", null);

    Reply plain = api.get(base);
    JsonNode page = api.get(base + "?per_page=1&page=2").json();

    assertThat(plain.json()).extracting(k -> k.get("name").asText()).containsExactly("b", "a");
    assertThat(plain.body()).doesNotContain("PRIVATE").doesNotContain("private_key");
    assertThat(page.get("data").get(0).get("name").asText()).isEqualTo("a");
    assertThat(page.get("pagination").get("total").asLong()).isEqualTo(2);
  }

  @Test
  void isDefault_trueMovesTheFlag_falseNeverRemovesIt_emptyNameIsIgnored() {
    JsonNode a = addKey(api, tool, "a", false);
    JsonNode b = addKey(api, tool, "b", true);
    assertThat(defaults()).containsExactly("b");

    Reply kept = api.put(base + "/" + b.get("id").asText(), json("name", "", "is_default", false));
    assertThat(kept.json().get("name").asText()).isEqualTo("b");
    assertThat(defaults()).containsExactly("b");
    Reply moved = api.put(base + "/" + a.get("id").asText(), json("name", " a2 ", "is_default", true));
    assertThat(moved.status()).isEqualTo(200);
    assertThat(moved.json().get("name").asText()).isEqualTo("a2");
    assertThat(defaults()).containsExactly("a2");
  }

  @Test
  void delete_passesTheDefaultToTheOldest_andRefusesTheOnlyKeyAndKeysInUse() {
    JsonNode a = addKey(api, tool, "a", null);
    JsonNode b = addKey(api, tool, "b", null);
    JsonNode c = addKey(api, tool, "c", true);
    api.put("/api/tools/" + tool, json("settings", map("ssh_hosts",
        List.of(map("hostname", "web-1", "address", "10.0.0.1", "key_id", b.get("id").asText())))));

    assertError(api.delete(base + "/" + b.get("id").asText()), 409, "conflict",
        "Cannot delete key: it is used by host 'web-1'");
    assertThat(api.delete(base + "/" + c.get("id").asText()).status()).isEqualTo(204);
    assertThat(defaults()).containsExactly("a");
    api.put("/api/tools/" + tool, json("settings", map("ssh_hosts", null)));
    assertThat(api.delete(base + "/" + b.get("id").asText()).status()).isEqualTo(204);
    assertError(api.delete(base + "/" + a.get("id").asText()), 409, "conflict", "Cannot delete the only SSH key");
  }

  @Test
  void validationErrors_nameAndPrivateKey() {
    String encrypted = TestSshKeys.sshKeygen("-t", "ed25519", "-N", "secret");

    assertError(api.post(base, json("name", " ")), 400, "validation_error", "Validation failed");
    JsonNode missing = api.post(base, json("name", " ")).json().get("details");
    assertThat(missing.get("name").asText()).isEqualTo("is required");
    assertThat(missing.get("private_key").asText()).isEqualTo("is required");
    JsonNode bad = api.post(base, json("name", "k".repeat(129), "private_key", encrypted, "is_default", "yes")).json();
    assertThat(bad.get("details").get("name").asText()).isEqualTo("must be at most 128 characters");
    assertThat(bad.get("details").get("private_key").asText()).isEqualTo("must be an unencrypted OpenSSH or PEM private key");
    assertThat(bad.get("details").get("is_default").asText()).isEqualTo("must be a boolean");
    assertThat(bad.toString()).doesNotContain("OPENSSH");
    JsonNode key = addKey(api, tool, "k", null);
    Reply longName = api.put(base + "/" + key.get("id").asText(), json("name", "n".repeat(129), "colour", 1));
    assertThat(longName.json().get("details").get("name").asText()).isEqualTo("must be at most 128 characters");
    assertThat(longName.json().get("details").get("colour").asText()).isEqualTo("unknown field");
  }

  @Test
  void duplicateNames_are409() {
    addKey(api, tool, "a", null);
    JsonNode b = addKey(api, tool, "b", null);

    assertError(api.post(base, json("name", "a", "private_key", TestSshKeys.ed25519())), 409, "conflict",
        "SSH key with name 'a' already exists");
    assertError(api.put(base + "/" + b.get("id").asText(), json("name", "a")), 409, "conflict",
        "SSH key with name 'a' already exists");
  }

  @Test
  void unknownOrMalformedKeyIds_are404_withTheIdAsSent() {
    addKey(api, tool, "a", null);

    for (String id : List.of("nope", "3f1c0a8e-5b7d-4c2e-9f10-1a2b3c4d5e6f")) {
      String message = "SSH key with ID '" + id + "' not found";
      assertError(api.get(base + "/" + id), 404, "not_found", message);
      assertError(api.put(base + "/" + id, json("is_default", true)), 404, "not_found", message);
      assertError(api.delete(base + "/" + id), 404, "not_found", message);
    }
  }

  @Test
  void nonSshTools_areBadRequests_unknownToolsNotFound_onEveryRoute() {
    long zabbix = zabbix(api, "z", "t");
    String key = "/3f1c0a8e-5b7d-4c2e-9f10-1a2b3c4d5e6f";

    for (long id : new long[] {zabbix, 424242}) {
      String at = "/api/tools/" + id + "/ssh-keys";
      int status = id == zabbix ? 400 : 404;
      String code = id == zabbix ? "bad_request" : "not_found";
      String message = id == zabbix ? "SSH keys are only supported for ssh tools" : "Tool not found";
      assertError(api.get(at), status, code, message);
      assertError(api.post(at, "{}"), status, code, message);
      assertError(api.get(at + key), status, code, message);
      assertError(api.put(at + key, "not even json"), status, code, message);
      assertError(api.delete(at + key), status, code, message);
    }
  }
}
