package dev.akmatori.adapter.http.tool;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.akmatori.adapter.http.testing.Reply;
import dev.akmatori.adapter.http.testing.TestApi;
import dev.akmatori.domain.testing.TestSshKeys;
import java.util.LinkedHashMap;
import java.util.Map;

/** Small helpers for the tool tests: JSON bodies from key/value pairs and common set-ups. */
final class ToolRequests {
  static final long SSH = 1;
  static final long ZABBIX = 2;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ToolRequests() {}

  /** A JSON object of alternating keys and values (values may be null, maps or lists). */
  static String json(Object... keyValues) {
    return write(map(keyValues));
  }

  static Map<String, Object> map(Object... keyValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put((String) keyValues[i], keyValues[i + 1]);
    }
    return map;
  }

  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** Creates a tool and returns its body, asserting the 201. */
  static JsonNode createTool(TestApi api, Object... keyValues) {
    Reply r = api.post("/api/tools", json(keyValues));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json();
  }

  static long zabbix(TestApi api, String name, String token) {
    return createTool(api, "tool_type_id", ZABBIX, "name", name,
        "settings", map("zabbix_url", "https://zbx.example.com", "zabbix_token", token)).get("id").asLong();
  }

  static long sshTool(TestApi api, String name) {
    return createTool(api, "tool_type_id", SSH, "name", name).get("id").asLong();
  }

  /** Adds an Ed25519 key made by ssh-keygen and returns its body. */
  static JsonNode addKey(TestApi api, long tool, String name, Boolean isDefault) {
    Reply r = api.post("/api/tools/" + tool + "/ssh-keys",
        json("name", name, "private_key", TestSshKeys.ed25519(), "is_default", isDefault));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json();
  }
}
