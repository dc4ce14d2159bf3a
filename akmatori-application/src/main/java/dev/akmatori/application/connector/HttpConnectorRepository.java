package dev.akmatori.application.connector;

import dev.akmatori.domain.connector.HttpConnector;
import dev.akmatori.domain.connector.HttpConnectorId;
import dev.akmatori.domain.connector.HttpConnectorSpec;
import dev.akmatori.domain.shared.ConflictException;
import dev.akmatori.domain.shared.Page;
import dev.akmatori.domain.shared.PageRequest;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Stored HTTP connectors together with the tool type each one registers ({@code spec.toolType()},
 * kind {@code http_connector}, its {@code connector_id} set): every write keeps the two in step in
 * one transaction. Tool type names are unique ignoring case among connectors ({@link #nameTaken})
 * and exactly among all tool types ({@link #typeNameTaken}); a write that would break either throws
 * that {@link ConflictException}, also when it loses a race. Implementations are thread-safe;
 * failures of the store itself are unchecked exceptions and are not retried here.
 */
public interface HttpConnectorRepository {
  /** Stores a new connector created at {@code now} with its tool type, and returns it with both ids. */
  HttpConnector create(HttpConnectorSpec spec, Instant now);

  Optional<HttpConnector> find(HttpConnectorId id);

  /** The connector whose {@code tool_type_name} equals {@code name} ignoring case. */
  Optional<HttpConnector> findByToolTypeName(String name);

  /**
   * Replaces every setting, rewrites the registered tool type (renaming it; its instances stay
   * attached) and stamps both with {@code now}. In the same transaction each instance of that type
   * gets its stored (sealed) settings replaced by {@code resealSettings} applied to them, without
   * touching the instance's {@code updated_at}: the service passes the identity unless the type's
   * secret settings changed. Empty when no such connector exists.
   */
  Optional<HttpConnector> update(
      HttpConnectorId id, HttpConnectorSpec spec, UnaryOperator<Map<String, Object>> resealSettings, Instant now);

  /**
   * Removes the connector and its tool type; false when it did not exist.
   *
   * @throws ConflictException {@link #inUse} when tool instances of its type exist; nothing is removed
   */
  boolean delete(HttpConnectorId id);

  /** One page ordered by id; {@link PageRequest#ALL} for every connector. */
  Page<HttpConnector> list(PageRequest page);

  /** The 409 for a name another connector holds, in any case (contract §3.8). */
  static ConflictException nameTaken(String name) {
    return new ConflictException("Connector with tool_type_name '" + name + "' already exists");
  }

  /** The 409 for a name another tool type holds. */
  static ConflictException typeNameTaken(String name) {
    return new ConflictException("tool_type_name '" + name + "' conflicts with an existing tool type");
  }

  /** The 409 of deleting a connector whose type still has instances (contract §3.8). */
  static ConflictException inUse(long instances) {
    return new ConflictException("Connector is used by " + instances + " tool instance(s); delete them first");
  }
}
