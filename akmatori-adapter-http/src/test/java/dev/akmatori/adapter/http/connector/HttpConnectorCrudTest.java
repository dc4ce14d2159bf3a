package dev.akmatori.adapter.http.connector;

import static dev.akmatori.adapter.http.connector.ConnectorRequests.SHOP;
import static dev.akmatori.adapter.http.connector.ConnectorRequests.create;
import static dev.akmatori.adapter.http.connector.ConnectorRequests.minimal;
import static dev.akmatori.adapter.http.testing.ErrorAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akmatori.adapter.http.testing.Reply;
import dev.akmatori.adapter.http.testing.TestApi;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code /api/http-connectors} over HTTP: shape, Location, list, partial updates, delete (§3.8). */
class HttpConnectorCrudTest {
  private final TestApi api = TestApi.start();

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void create_answers201WithLocation_andEveryFieldOfTheShape() {
    Reply r = api.post("/api/http-connectors", SHOP);

    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    JsonNode body = r.json();
    assertThat(r.header("Location")).isEqualTo("/api/http-connectors/" + body.get("id").asLong());
    assertThat(body.fieldNames()).toIterable().containsExactly("id", "tool_type_name", "tool_type_id", "description",
        "base_url_field", "auth_config", "tools", "enabled", "created_at", "updated_at");
    assertThat(body.get("tool_type_name").asText()).isEqualTo("Shop");
    assertThat(body.get("tool_type_id").asLong()).isEqualTo(11);
    assertThat(body.get("description").asText()).isEqualTo("The shop API");
    assertThat(body.get("base_url_field").asText()).isEqualTo("shop_url");
    assertThat(body.get("auth_config").toString())
        .isEqualTo("{\"method\":\"bearer_token\",\"token_field\":\"token\",\"header_name\":\"X-API-Key\"}");
    assertThat(body.get("enabled").asBoolean()).isTrue();
    assertThat(body.get("created_at").asText()).isEqualTo("2026-05-06T09:30:12.481Z");
    assertThat(body.get("updated_at").asText()).isEqualTo("2026-05-06T09:30:12.481Z");
  }

  @Test
  void tools_areABareArray_withEveryToolDefAndParamFieldPresent() {
    JsonNode tools = create(api, SHOP).get("tools");

    assertThat(tools.isArray()).isTrue();
    assertThat(tools.get(0).toString()).isEqualTo("{\"name\":\"get_item\",\"description\":\"Reads one item\","
        + "\"http_method\":\"GET\",\"path\":\"/items/{{id}}\",\"params\":["
        + "{\"name\":\"id\",\"type\":\"string\",\"required\":true,\"in\":\"path\",\"default\":null},"
        + "{\"name\":\"limit\",\"type\":\"integer\",\"required\":false,\"in\":\"query\",\"default\":10}],"
        + "\"read_only\":true}");
    assertThat(tools.get(1).get("description").asText()).isEmpty();
    assertThat(tools.get(1).get("read_only").asBoolean()).isFalse();
  }

  @Test
  void tools_mayBeSentWrappedInAnObject() {
    String wrapped = minimal("Wrapped").replace("\"tools\":[", "\"tools\":{\"tools\":[").replace("]}", "]}}");

    JsonNode body = create(api, wrapped);

    assertThat(body.get("tools").isArray()).isTrue();
    assertThat(body.get("tools").get(0).get("name").asText()).isEqualTo("ping");
    assertThat(body.get("auth_config").isNull()).isTrue();
  }

  @Test
  void get_andList_areOrderedById_plainOrPaged() {
    long second = create(api, minimal("Zeta")).get("id").asLong();
    create(api, minimal("Alpha"));

    Reply one = api.get("/api/http-connectors/" + second);
    Reply plain = api.get("/api/http-connectors");
    Reply paged = api.get("/api/http-connectors?page=2&per_page=1");

    assertThat(one.json().get("tool_type_name").asText()).isEqualTo("Zeta");
    List<String> names = new ArrayList<>();
    plain.json().forEach(c -> names.add(c.get("tool_type_name").asText()));
    assertThat(names).containsExactly("Zeta", "Alpha");
    assertThat(paged.json().get("data").get(0).get("tool_type_name").asText()).isEqualTo("Alpha");
    assertThat(paged.json().get("pagination").toString())
        .isEqualTo("{\"page\":2,\"per_page\":1,\"total\":2,\"total_pages\":2}");
  }

  @Test
  void put_isPartial_authNullClears_andTheRecordIsStamped() {
    long id = create(api, SHOP).get("id").asLong();
    api.clock.advance(Duration.ofSeconds(90));

    Reply r = api.put("/api/http-connectors/" + id, "{\"auth_config\":null,\"enabled\":false,\"description\":null}");

    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    JsonNode body = r.json();
    assertThat(body.get("auth_config").isNull()).isTrue();
    assertThat(body.get("enabled").asBoolean()).isFalse();
    assertThat(body.get("description").asText()).isEqualTo("The shop API");
    assertThat(body.get("tools")).hasSize(2);
    assertThat(body.get("updated_at").asText()).isEqualTo("2026-05-06T09:31:42.481Z");
    assertThat(body.get("created_at").asText()).isEqualTo("2026-05-06T09:30:12.481Z");
  }

  @Test
  void put_toolsReplaceTheWholeList_andTheMergedRecordIsReValidated() {
    long id = create(api, SHOP).get("id").asLong();

    Reply replaced = api.put("/api/http-connectors/" + id,
        "{\"tools\":[{\"name\":\"only\",\"http_method\":\"DELETE\",\"path\":\"/x\",\"read_only\":false}]}");
    Reply clash = api.put("/api/http-connectors/" + id, "{\"base_url_field\":\"token\"}");

    assertThat(replaced.json().get("tools")).hasSize(1);
    assertThat(replaced.json().get("tools").get(0).get("http_method").asText()).isEqualTo("DELETE");
    assertError(clash, 400, "validation_error", "Validation failed");
    assertThat(clash.json().get("details").toString())
        .isEqualTo("{\"auth_config.token_field\":\"must differ from base_url_field\"}");
  }

  @Test
  void delete_answers204_thenTheConnectorIsGoneOnEveryRoute() {
    long id = create(api, minimal("Gone")).get("id").asLong();

    Reply deleted = api.delete("/api/http-connectors/" + id);

    assertThat(deleted.status()).isEqualTo(204);
    assertThat(deleted.body()).isEmpty();
    assertError(api.get("/api/http-connectors/" + id), 404, "not_found", "HTTP connector not found");
    assertError(api.put("/api/http-connectors/" + id, "{}"), 404, "not_found", "HTTP connector not found");
    assertError(api.delete("/api/http-connectors/" + id), 404, "not_found", "HTTP connector not found");
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "0", "-1", "99999999999999999999", "1.5"})
  void badIds_areBadRequests_onEveryRoute(String id) {
    String path = "/api/http-connectors/" + id;

    assertError(api.get(path), 400, "bad_request", "Invalid HTTP connector ID");
    assertError(api.put(path, "{}"), 400, "bad_request", "Invalid HTTP connector ID");
    assertError(api.delete(path), 400, "bad_request", "Invalid HTTP connector ID");
  }

  @Test
  void anUnsupportedMethod_is405WithAllow() {
    Reply r = api.send(api.request("/api/http-connectors").method("DELETE", BodyPublishers.noBody()));

    assertError(r, 405, "method_not_allowed");
    assertThat(r.header("Allow")).contains("GET").contains("POST");
  }

  @Test
  void withoutCredentials_everyRouteIs401() {
    Reply r = api.send(api.anonymous("/api/http-connectors"));

    assertError(r, 401, "unauthorized", "Missing authentication token");
  }
}
