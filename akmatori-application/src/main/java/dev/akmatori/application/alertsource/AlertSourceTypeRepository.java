package dev.akmatori.application.alertsource;

import dev.akmatori.domain.alertsource.AlertSourceType;
import dev.akmatori.domain.alertsource.AlertSourceTypeSpec;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Stored alert source types. Implementations are thread-safe and shared by replicas; failures of
 * the store surface as unchecked exceptions and are not retried here.
 */
public interface AlertSourceTypeRepository {
  /**
   * Creates the missing types in list order (so a fresh store numbers them 1, 2, …) and refreshes
   * the others by name, touching {@code updated_at} only when something changed. Idempotent, and
   * safe when several processes seed at once: each name ends up stored exactly once.
   */
  void seed(List<AlertSourceTypeSpec> specs, Instant now);

  /** Every type, ordered by id. */
  List<AlertSourceType> list();

  Optional<AlertSourceType> findByName(String name);
}
