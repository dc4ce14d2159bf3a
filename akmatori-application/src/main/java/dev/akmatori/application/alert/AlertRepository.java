package dev.akmatori.application.alert;

import dev.akmatori.domain.alert.Alert;
import dev.akmatori.domain.alert.AlertFilter;
import dev.akmatori.domain.incident.IncidentId;
import dev.akmatori.domain.shared.Page;
import dev.akmatori.domain.shared.PageRequest;
import java.util.Collection;
import java.util.function.Function;

/**
 * Stored alerts and the transaction alert ingestion runs in (contract §4.7). Thread-safe; shared by
 * every process on one database. Store failures surface as unchecked exceptions.
 */
public interface AlertRepository {
  /**
   * Runs {@code work} in one transaction that first takes an exclusive lock on each of {@code
   * lockKeys} (in sorted order, created when missing) and holds them until commit, so calls sharing
   * a key run one after the other — across threads and across processes on one database. Everything
   * {@code work} writes commits together, or nothing does.
   *
   * <p>When the store reports a transient conflict (deadlock, lock timeout) the transaction is rolled
   * back and {@code work} runs again from the start, a few times at most; it must therefore have no
   * effect outside the transaction it is given.
   *
   * @throws RuntimeException when the store fails (after those retries); nothing is committed
   */
  <T> T inTransaction(Collection<String> lockKeys, Function<AlertTransaction, T> work);

  /** One page matching {@code filter}, newest first ({@code created_at}, then {@code id}, descending). */
  Page<Alert> list(AlertFilter filter, PageRequest page);

  /** One page of the alerts linked to {@code incident}, oldest first ({@code created_at}, then {@code id}). */
  Page<Alert> listForIncident(IncidentId incident, PageRequest page);
}
