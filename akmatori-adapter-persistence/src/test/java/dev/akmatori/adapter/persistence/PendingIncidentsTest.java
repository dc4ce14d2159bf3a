package dev.akmatori.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.application.incident.IncidentStores;
import dev.akmatori.domain.incident.Incident;
import java.time.Instant;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The queue-depth count on H2 and PostgreSQL: pending incidents only, whatever else is stored. */
class PendingIncidentsTest {
  private static final Instant T0 = Instant.parse("2026-05-06T09:30:12.481Z");

  @Test
  void onH2_onlyPendingIncidentsCount() {
    countsOnlyPending(TestDatabases::h2);
  }

  @Test
  void onPostgres_onlyPendingIncidentsCount() {
    countsOnlyPending(TestDatabases::postgres);
  }

  private static void countsOnlyPending(Supplier<TestDatabase> opener) {
    try (TestDatabase db = opener.get()) {
      IncidentStores stores = IncidentStoreSuites.stores(db);
      assertThat(db.adapter().pendingIncidents().count()).isZero();

      stores.create("a", T0);
      stores.create("b", T0.plusSeconds(1));
      Incident c = stores.create("c", T0.plusSeconds(2));
      stores.create("d", T0.plusSeconds(3));
      stores.queue().claimNext("me", T0.plusSeconds(60), T0); // a → running
      stores.queue().cancelPending(c.uuid(), T0);             // c → cancelled

      assertThat(db.adapter().pendingIncidents().count()).isEqualTo(2);
    }
  }
}
