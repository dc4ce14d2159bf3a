package dev.akmatori.application.alertsource;

import dev.akmatori.domain.alertsource.AlertSource;
import dev.akmatori.domain.alertsource.AlertSourceConfig;
import dev.akmatori.domain.alertsource.AlertSourceId;
import dev.akmatori.domain.alertsource.AlertSourceType;
import dev.akmatori.domain.shared.Page;
import dev.akmatori.domain.shared.PageRequest;
import java.time.Instant;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Stored alert sources. Values carry the clear webhook secret; an implementation that persists them
 * stores it encrypted (contract §1.7). Thread-safe; every method is one atomic operation; store
 * failures surface as unchecked exceptions.
 */
public interface AlertSourceRepository {
  /**
   * Stores a new source created at {@code now}.
   *
   * @throws dev.akmatori.domain.shared.ConflictException when another source has the same name
   */
  AlertSource create(AlertSourceId uuid, AlertSourceType type, AlertSourceConfig config, Instant now);

  Optional<AlertSource> find(AlertSourceId uuid);

  /**
   * Replaces the configuration with {@code change} applied to the stored one, atomically (a
   * concurrent update waits, so neither is lost); empty when no such source exists. {@code change}
   * must be pure.
   *
   * @throws dev.akmatori.domain.shared.ConflictException when the new name is taken
   */
  Optional<AlertSource> update(AlertSourceId uuid, UnaryOperator<AlertSourceConfig> change, Instant now);

  /** Removes the source; false when it did not exist. */
  boolean delete(AlertSourceId uuid);

  /** One page ordered by id; {@link PageRequest#ALL} for all. */
  Page<AlertSource> list(PageRequest page);
}
