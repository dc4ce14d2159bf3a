package dev.akmatori.application.notification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.application.incident.IncidentStores;
import dev.akmatori.domain.incident.Incident;
import dev.akmatori.domain.incident.IncidentId;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link NotificationThreads} does. */
public abstract class NotificationThreadsContract {
  private static final Instant T0 = Instant.parse("2026-05-06T09:30:12.481Z");

  /** Fresh stores: the threads and the incidents they belong to, over one database. */
  protected abstract NotificationThreads threads();

  protected abstract IncidentStores incidents();

  @Test
  void aSavedThread_isFoundAgain_andTheFirstOneWins() {
    Incident incident = incidents().create("task", T0);
    NotificationThreads threads = threads();

    threads.save(incident.uuid(), new PostedMessage("C123", "1700000000.000100"), T0);
    threads.save(incident.uuid(), new PostedMessage("C999", "1700000000.999999"), T0);

    assertThat(threads.find(incident.uuid())).contains(new PostedMessage("C123", "1700000000.000100"));
    assertThat(threads.find(new IncidentId(UUID.randomUUID()))).isEmpty();
  }
}
