package dev.akmatori.adapter.http.connector;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akmatori.adapter.http.testing.Reply;
import dev.akmatori.adapter.http.testing.TestApi;

/** Request bodies of the connector tests and a helper that creates one. */
final class ConnectorRequests {
  /** A bearer-token connector with a read-only GET tool and a write POST tool. */
  static final String SHOP =
      "{\"tool_type_name\":\"Shop\",\"description\":\"The shop API\",\"base_url_field\":\"shop_url\","
          + "\"auth_config\":{\"method\":\"bearer_token\"},\"tools\":["
          + "{\"name\":\"get_item\",\"description\":\"Reads one item\",\"http_method\":\"GET\","
          + "\"path\":\"/items/{{id}}\",\"params\":[{\"name\":\"id\",\"required\":true,\"in\":\"path\"},"
          + "{\"name\":\"limit\",\"type\":\"integer\",\"in\":\"query\",\"default\":10}]},"
          + "{\"name\":\"create_item\",\"http_method\":\"POST\",\"path\":\"/items\",\"read_only\":false,"
          + "\"params\":[{\"name\":\"title\",\"required\":true,\"in\":\"body\"}]}]}";

  private ConnectorRequests() {}

  /** A minimal connector named {@code name} with one GET tool and no auth. */
  static String minimal(String name) {
    return "{\"tool_type_name\":\"" + name + "\",\"base_url_field\":\"url\",\"tools\":"
        + "[{\"name\":\"ping\",\"http_method\":\"GET\",\"path\":\"/ping\"}]}";
  }

  static JsonNode create(TestApi api, String json) {
    Reply r = api.post("/api/http-connectors", json);
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json();
  }
}
