package dev.akmatori.adapter.http.skill;

import static dev.akmatori.adapter.http.testing.ErrorAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akmatori.adapter.http.testing.Reply;
import dev.akmatori.adapter.http.testing.TestApi;
import java.net.http.HttpRequest.BodyPublishers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /api/skills/{name}/scripts} (contract §1.6, §3.3.4). */
class SkillScriptEndpointsTest {
  private static final String BASE = "/api/skills/db-admin/scripts";

  private final TestApi api = TestApi.start();

  @BeforeEach
  void createSkill() {
    assertThat(api.post("/api/skills", "{\"name\":\"db-admin\"}").status()).isEqualTo(201);
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void list_ofASkillWithoutScripts_isEmpty_withTheAbsoluteScriptsDirectory() {
    Reply r = api.get(BASE);

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().toString()).isEqualTo(
        "{\"skill_name\":\"db-admin\",\"scripts_dir\":\"/data/skills/db-admin/scripts\",\"scripts\":[]}");
  }

  @Test
  void put_answersTheStoredScript_thenGetListAndDeleteSeeIt() {
    Reply put = api.put(BASE + "/check.sh", "{\"content\":\"#!/bin/sh\\necho é\\n\"}");

    assertThat(put.status()).as(put.toString()).isEqualTo(200);
    JsonNode stored = put.json();
    assertThat(stored.get("success").asBoolean()).isTrue();
    assertThat(stored.get("filename").asText()).isEqualTo("check.sh");
    assertThat(stored.get("content").asText()).isEqualTo("#!/bin/sh\necho é\n");
    assertThat(stored.get("size").asLong()).isEqualTo(18);
    assertThat(stored.get("modified_at").asText()).isEqualTo("2026-05-06T09:30:12.481Z");

    JsonNode got = api.get(BASE + "/check.sh").json();
    assertThat(got.toString()).isEqualTo("{\"filename\":\"check.sh\",\"content\":\"#!/bin/sh\\necho é\\n\","
        + "\"size\":18,\"modified_at\":\"2026-05-06T09:30:12.481Z\"}");
    assertThat(api.get(BASE).json().get("scripts").toString()).isEqualTo("[\"check.sh\"]");

    Reply deleted = api.delete(BASE + "/check.sh");
    assertThat(deleted.status()).isEqualTo(204);
    assertError(api.get(BASE + "/check.sh"), 404, "not_found", "Script not found");
    assertError(api.delete(BASE + "/check.sh"), 404, "not_found", "Script not found");
  }

  @Test
  void clear_answersTheMessage_andEmptiesTheDirectory() {
    api.put(BASE + "/a.sh", "{\"content\":\"a\"}");
    api.put(BASE + "/b.py", "{\"content\":\"b\"}");

    Reply r = api.delete(BASE);

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().toString())
        .isEqualTo("{\"message\":\"Scripts cleared successfully\",\"skill_name\":\"db-admin\"}");
    assertThat(api.get(BASE).json().get("scripts")).isEmpty();
  }

  @Test
  void anUnknownSkill_is404OnEveryRoute_beforeTheFilenameOrBodyIsChecked() {
    for (Reply r : new Reply[] {
        api.get("/api/skills/nope/scripts"),
        api.delete("/api/skills/nope/scripts"),
        api.get("/api/skills/nope/scripts/.bad"),
        api.put("/api/skills/nope/scripts/.bad", "not json"),
        api.delete("/api/skills/nope/scripts/noext")}) {
      assertError(r, 404, "not_found", "Skill not found");
    }
  }

  @Test
  void badFilenames_are400ValidationErrors_andNothingIsWritten() {
    for (String bad : new String[] {"noext", ".hidden.sh", "a%20b.sh", "a$b.sh", "..."}) {
      for (Reply r : new Reply[] {
          api.get(BASE + "/" + bad), api.put(BASE + "/" + bad, "{\"content\":\"x\"}"), api.delete(BASE + "/" + bad)}) {
        assertError(r, 400, "validation_error", "Validation failed");
        assertThat(r.json().get("details").get("filename").asText()).as(bad).isEqualTo("invalid filename");
      }
    }
    assertThat(api.get(BASE).json().get("scripts")).isEmpty();
  }

  @Test
  void encodedTraversal_isRejectedBeforeRouting_andWritesNothing() {
    for (String bad : new String[] {"..%2F..%2Fevil.sh", "%2E%2E", "..%5Cevil.sh", "%2Fetc%2Fpasswd"}) {
      Reply r = api.put(BASE + "/" + bad, "{\"content\":\"x\"}");
      assertThat(r.status()).as(bad + " " + r).isEqualTo(400);
    }
    assertThat(api.get(BASE).json().get("scripts")).isEmpty();
    assertThat(api.skillDirectories.directoryNames()).containsExactly("db-admin", "incident-manager");
  }

  @Test
  void put_needsAStringContent() {
    assertThat(api.put(BASE + "/a.sh", "{}").json().get("details").get("content").asText()).isEqualTo("is required");
    assertThat(api.put(BASE + "/a.sh", "{\"content\":1}").json().get("details").get("content").asText())
        .isEqualTo("must be a string");
    assertThat(api.put(BASE + "/a.sh", "{\"content\":\"\",\"mode\":1}").json().get("details").get("mode").asText())
        .isEqualTo("unknown field");
    assertThat(api.put(BASE + "/a.sh", "{\"content\":\"\"}").status()).isEqualTo(200);
  }

  @Test
  void contentOverOneMebibyte_is413WithTheScriptMessage() {
    Reply r = api.put(BASE + "/big.py", "{\"content\":\"" + "x".repeat(1_048_577) + "\"}");

    assertError(r, 413, "payload_too_large", "Script exceeds maximum size of 1048576 bytes");
    assertThat(api.get(BASE).json().get("scripts")).isEmpty();
  }

  @Test
  void aBodyOverTwoMebibytes_is413WithTheScriptMessage_chunkedToo() {
    String body = "{\"content\":\"" + "x".repeat(2 * 1_048_576) + "\"}";

    assertError(api.put(BASE + "/big.py", body), 413, "payload_too_large",
        "Script exceeds maximum size of 1048576 bytes");
    Reply chunked = api.send(api.request(BASE + "/big.py").header("Content-Type", "application/json")
        .PUT(TestApi.chunked(() -> new java.io.ByteArrayInputStream(body.getBytes()))));
    assertError(chunked, 413, "payload_too_large", "Script exceeds maximum size of 1048576 bytes");
  }

  @Test
  void aBodyBetweenOneAndTwoMebibytes_whoseContentFits_isStored() {
    String escaped = "\\u0041".repeat(200_000);

    Reply r = api.put(BASE + "/escaped.py", "{\"content\":\"" + escaped + "\"}");

    assertThat(r.status()).as(r.status() + "").isEqualTo(200);
    assertThat(r.json().get("size").asLong()).isEqualTo(200_000);
  }

  @Test
  void exactlyOneMebibyteOfContent_isStored() {
    Reply r = api.put(BASE + "/edge.py", "{\"content\":\"" + "é".repeat(524_288) + "\"}");

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("size").asLong()).isEqualTo(1_048_576);
  }

  @Test
  void scriptsGoWithTheirSkill() {
    api.put(BASE + "/a.sh", "{\"content\":\"a\"}");
    assertThat(api.delete("/api/skills/db-admin").status()).isEqualTo(204);
    assertThat(api.send(api.request("/api/skills").header("Content-Type", "application/json")
        .POST(BodyPublishers.ofString("{\"name\":\"db-admin\"}"))).status()).isEqualTo(201);

    assertThat(api.get(BASE).json().get("scripts")).isEmpty();
  }
}
