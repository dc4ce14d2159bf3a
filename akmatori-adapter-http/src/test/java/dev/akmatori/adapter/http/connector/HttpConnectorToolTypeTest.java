package dev.akmatori.adapter.http.connector;

import static dev.akmatori.adapter.http.connector.ConnectorRequests.SHOP;
import static dev.akmatori.adapter.http.connector.ConnectorRequests.create;
import static dev.akmatori.adapter.http.testing.ErrorAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akmatori.adapter.http.testing.Reply;
import dev.akmatori.adapter.http.testing.TestApi;
import dev.akmatori.domain.tool.ToolInstanceId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The tool type a connector registers, as {@code /api/tool-types} and {@code /api/tools} see it. */
class HttpConnectorToolTypeTest {
  private final TestApi api = TestApi.start();

  @AfterEach
  void stop() {
    api.close();
  }

  private JsonNode lastType() {
    JsonNode types = api.get("/api/tool-types").json();
    return types.get(types.size() - 1);
  }

  private Reply instance(long type, String settings) {
    return api.post("/api/tools", "{\"tool_type_id\":" + type + ",\"name\":\"Prod shop\",\"settings\":" + settings + "}");
  }

  @Test
  void creatingAConnector_listsItsToolType_withTheSchemaAndOperationsOfTheContract() {
    long id = create(api, SHOP).get("id").asLong();

    JsonNode type = lastType();
    assertThat(api.get("/api/tool-types").json()).hasSize(11);
    assertThat(type.get("id").asLong()).isEqualTo(11);
    assertThat(type.get("name").asText()).isEqualTo("Shop");
    assertThat(type.get("kind").asText()).isEqualTo("http_connector");
    assertThat(type.get("connector_id").asLong()).isEqualTo(id);
    assertThat(type.get("description").asText()).isEqualTo("The shop API");
    assertThat(type.get("schema").toString()).isEqualTo("{\"type\":\"object\",\"properties\":{"
        + "\"shop_url\":{\"type\":\"string\",\"format\":\"uri\"},"
        + "\"token\":{\"type\":\"string\",\"secret\":true}},\"required\":[\"shop_url\",\"token\"]}");
    assertThat(type.get("operations").get(0).toString()).isEqualTo("{\"name\":\"get_item\","
        + "\"description\":\"Reads one item\",\"read_only\":true,\"input_schema\":{\"type\":\"object\","
        + "\"properties\":{\"id\":{\"type\":\"string\",\"description\":\"Parameter (path)\"},"
        + "\"limit\":{\"type\":\"integer\",\"description\":\"Parameter (query)\",\"default\":10}},"
        + "\"required\":[\"id\"]}}");
    assertThat(type.get("operations").get(1).get("read_only").asBoolean()).isFalse();
  }

  @Test
  void basicAuth_flagsThePasswordSecret() {
    create(api, SHOP.replace("\"method\":\"bearer_token\"", "\"method\":\"basic_auth\""));

    JsonNode properties = lastType().get("schema").get("properties");
    assertThat(properties.get("username").toString()).isEqualTo("{\"type\":\"string\"}");
    assertThat(properties.get("password").toString()).isEqualTo("{\"type\":\"string\",\"secret\":true}");
  }

  @Test
  void anInstanceOfTheType_holdsItsCredentialsMasked_storedSealed_extraKeysAccepted() {
    long type = create(api, SHOP).get("tool_type_id").asLong();

    Reply created = instance(type, "{\"shop_url\":\"https://shop.example.com\",\"token\":\"sk-live-abc123xyz\","
        + "\"region\":\"eu\"}");

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    JsonNode body = created.json();
    assertThat(body.get("settings").toString())
        .isEqualTo("{\"shop_url\":\"https://shop.example.com\",\"token\":\"****3xyz\",\"region\":\"eu\"}");
    assertThat(body.get("tool_type").get("kind").asText()).isEqualTo("http_connector");
    assertThat(body.get("tool_type").get("name").asText()).isEqualTo("Shop");
    long id = body.get("id").asLong();
    for (Reply r : List.of(api.get("/api/tools"), api.get("/api/tools/" + id))) {
      assertThat(r.body()).doesNotContain("sk-live-abc123xyz").contains("****3xyz");
    }
    assertThat(api.toolStores.instances().find(new ToolInstanceId(id)).orElseThrow().fields().sealedSettings()
        .get("token")).asString().startsWith("test:tools:");
  }

  @Test
  void anInstanceOfTheType_isValidatedByItsSchema() {
    long type = create(api, SHOP).get("tool_type_id").asLong();

    Reply r = instance(type, "{\"shop_url\":\"ftp://shop\"}");

    assertError(r, 400, "validation_error", "Validation failed");
    assertThat(r.json().get("details").toString())
        .isEqualTo("{\"settings.shop_url\":\"must be a valid http or https URL\",\"settings.token\":\"is required\"}");
  }

  @Test
  void renamingTheConnector_renamesTheType_andItsInstancesStayAttached_credentialsIntact() {
    JsonNode connector = create(api, SHOP);
    long instance = instance(connector.get("tool_type_id").asLong(),
        "{\"shop_url\":\"https://shop.example.com\",\"token\":\"sk-live-abc123xyz\"}").json().get("id").asLong();

    Reply renamed = api.put("/api/http-connectors/" + connector.get("id").asLong(),
        "{\"tool_type_name\":\"Store\",\"auth_config\":{\"method\":\"api_key\",\"header_name\":\"X-Store-Key\"}}");

    assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
    assertThat(lastType().get("name").asText()).isEqualTo("Store");
    JsonNode tool = api.get("/api/tools/" + instance).json();
    assertThat(tool.get("tool_type").get("name").asText()).isEqualTo("Store");
    assertThat(tool.get("settings").get("token").asText()).isEqualTo("****3xyz");
  }

  @Test
  void changingTheAuthMethod_reSealsTheInstances_soTheyStillRead() {
    JsonNode connector = create(api, SHOP);
    long instance = instance(connector.get("tool_type_id").asLong(),
        "{\"shop_url\":\"https://shop.example.com\",\"token\":\"sk-live-abc123xyz\",\"password\":\"pw-0987654\"}")
        .json().get("id").asLong();

    Reply basic = api.put("/api/http-connectors/" + connector.get("id").asLong(),
        "{\"auth_config\":{\"method\":\"basic_auth\"}}");

    assertThat(basic.status()).isEqualTo(200);
    JsonNode settings = api.get("/api/tools/" + instance).json().get("settings");
    assertThat(settings.get("token").asText()).isEqualTo("sk-live-abc123xyz");
    assertThat(settings.get("password").asText()).isEqualTo("****7654");
  }

  @Test
  void deletingTheConnector_removesItsType() {
    long id = create(api, SHOP).get("id").asLong();

    assertThat(api.delete("/api/http-connectors/" + id).status()).isEqualTo(204);

    assertThat(api.get("/api/tool-types").json()).hasSize(10);
  }
}
