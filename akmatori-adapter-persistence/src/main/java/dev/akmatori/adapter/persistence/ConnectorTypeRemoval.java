package dev.akmatori.adapter.persistence;

import dev.akmatori.application.connector.HttpConnectorRepository;
import dev.akmatori.domain.connector.HttpConnectorId;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Deletes a connector and its tool type in one transaction, refusing while instances of the type
 * exist. The type row is locked first; an instance inserted by another process in the meantime
 * still makes the foreign key of {@code tool_instances} fail the delete, which is answered with the
 * same conflict after a recount.
 */
final class ConnectorTypeRemoval {
  private static final String FIND_TYPE = "SELECT id FROM tool_types WHERE connector_id = :id";
  private static final String LOCK_TYPE = FIND_TYPE + " FOR UPDATE";
  private static final String COUNT_INSTANCES = "SELECT COUNT(*) FROM tool_instances WHERE tool_type_id = :type";
  private static final String DELETE_TYPE = "DELETE FROM tool_types WHERE id = :type";
  private static final String DELETE = "DELETE FROM http_connectors WHERE id = :id";

  private final Jdbi jdbi;

  ConnectorTypeRemoval(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  boolean delete(HttpConnectorId id) {
    try {
      return jdbi.inTransaction(h -> {
        Optional<Long> type = h.createQuery(LOCK_TYPE).bind("id", id.value()).mapTo(Long.class).findOne();
        if (type.isEmpty()) {
          return false;
        }
        long used = count(h, type.get());
        if (used > 0) {
          throw HttpConnectorRepository.inUse(used);
        }
        h.createUpdate(DELETE_TYPE).bind("type", type.get()).execute();
        return h.createUpdate(DELETE).bind("id", id.value()).execute() > 0;
      });
    } catch (RuntimeException e) {
      if (!Conflicts.isForeignKeyViolation(e)) {
        throw e;
      }
      long used = jdbi.withHandle(h -> h.createQuery(FIND_TYPE).bind("id", id.value()).mapTo(Long.class)
          .findOne().map(type -> count(h, type)).orElse(0L));
      throw HttpConnectorRepository.inUse(used);
    }
  }

  private static long count(Handle h, long type) {
    return h.createQuery(COUNT_INSTANCES).bind("type", type).mapTo(Long.class).one();
  }
}
