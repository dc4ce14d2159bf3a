package dev.akmatori.adapter.persistence;

import static dev.akmatori.application.connector.TestHttpConnectors.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.domain.connector.HttpConnector;
import java.time.Instant;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What migration V7 guarantees on both databases beyond the repository contract: the stored JSON
 * is the API shape, and the database itself keeps connectors and their tool types paired.
 */
abstract class ConnectorSchemaContract {
  private static final Instant T0 = Instant.parse("2026-05-06T09:30:12.481Z");

  private TestDatabase database;
  private Jdbi jdbi;
  private HttpConnector shop;

  protected abstract TestDatabase newDatabase();

  @BeforeEach
  void createConnector() {
    database = newDatabase();
    jdbi = database.adapter().jdbi();
    shop = database.adapter().httpConnectors().create(bearer("Shop"), T0);
  }

  @AfterEach
  void closeDatabase() {
    if (database != null) { // null when the PostgreSQL variant skipped itself in newDatabase()
      database.close();
    }
  }

  private Map<String, Object> row() {
    return jdbi.withHandle(h -> h.createQuery("SELECT name_key, auth_config, tools FROM http_connectors WHERE id = :id")
        .bind("id", shop.id().value()).mapToMap().one());
  }

  @Test
  void theRowKeepsALowerCasedKey_andAuthAndToolsAsApiShapedJson() {
    Map<String, Object> row = row();

    assertThat(row.get("name_key")).isEqualTo("shop");
    assertThat(row.get("auth_config"))
        .isEqualTo("{\"method\":\"bearer_token\",\"token_field\":\"token\",\"header_name\":\"X-API-Key\"}");
    assertThat((String) row.get("tools")).startsWith(
        "[{\"name\":\"get_item\",\"description\":\"Reads one item\",\"http_method\":\"GET\",\"path\":\"/items/{{id}}\","
            + "\"params\":[{\"name\":\"id\",\"type\":\"string\",\"required\":true,\"in\":\"path\",\"default\":null}");
  }

  @Test
  void aConnectorRowStillOwningItsType_cannotBeDeletedAlone() {
    assertThatThrownBy(() -> jdbi.useHandle(h ->
        h.createUpdate("DELETE FROM http_connectors WHERE id = :id").bind("id", shop.id().value()).execute()))
        .satisfies(e -> assertThat(Conflicts.isForeignKeyViolation(e)).isTrue());
  }

  @Test
  void aConnectorTypeWithoutItsConnector_andABuiltinWithOne_areRefused() {
    String insert = "INSERT INTO tool_types (name, kind, connector_id, description, schema_json, operations_json,"
        + " created_at, updated_at) VALUES (:name, :kind, :connector, '', '{}', '[]', CURRENT_TIMESTAMP,"
        + " CURRENT_TIMESTAMP)";

    assertThatThrownBy(() -> jdbi.useHandle(h -> h.createUpdate(insert)
        .bind("name", "orphan").bind("kind", "http_connector").bindNull("connector", java.sql.Types.BIGINT).execute()))
        .isInstanceOf(RuntimeException.class);
    assertThatThrownBy(() -> jdbi.useHandle(h -> h.createUpdate(insert)
        .bind("name", "odd").bind("kind", "builtin").bind("connector", shop.id().value()).execute()))
        .isInstanceOf(RuntimeException.class);
  }
}
