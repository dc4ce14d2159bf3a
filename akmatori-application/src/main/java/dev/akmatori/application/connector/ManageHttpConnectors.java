package dev.akmatori.application.connector;

import dev.akmatori.domain.connector.HttpConnector;
import dev.akmatori.domain.connector.HttpConnectorId;
import dev.akmatori.domain.connector.HttpConnectorInput;
import dev.akmatori.domain.shared.Page;
import dev.akmatori.domain.shared.PageRequest;

/**
 * HTTP connector use cases (contract §3.8). Unknown ids throw {@code NotFoundException} ({@link
 * #NOT_FOUND}); rule violations a {@code ValidationException} listing every failing field; a taken
 * or clashing {@code tool_type_name} and deleting a connector in use a {@code ConflictException}.
 */
public interface ManageHttpConnectors {
  String NOT_FOUND = "HTTP connector not found";

  /** One page ordered by id. */
  Page<HttpConnector> list(PageRequest page);

  HttpConnector get(HttpConnectorId id);

  /** Validates, checks the namespace and registers the connector with its tool type. */
  HttpConnector create(HttpConnectorInput input);

  /** A partial update; the merged record is re-validated whole and the tool type follows it. */
  HttpConnector update(HttpConnectorId id, HttpConnectorInput input);

  /** Deletes the connector and its tool type, refused while tool instances of that type exist. */
  void delete(HttpConnectorId id);
}
