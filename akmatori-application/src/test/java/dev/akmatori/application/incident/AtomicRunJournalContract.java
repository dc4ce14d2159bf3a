package dev.akmatori.application.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.application.investigation.RunProgress;
import dev.akmatori.domain.incident.Incident;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link RunJournalContract} for journals that write a batch in one transaction: a batch with a
 * failing entry writes nothing at all. (The in-memory journal over separate stores is not atomic.)
 */
public abstract class AtomicRunJournalContract extends RunJournalContract {
  @Override
  protected boolean atomicBatches() {
    return true;
  }
  @Test
  void aFailingBatch_throws_andWritesNothing() {
    Incident a = stores.create("a", T0);
    Incident b = stores.create("b", T0);
    List<RunProgress> batch = a.uuid().toString().compareTo(b.uuid().toString()) < 0
        ? List.of(progress(a, "fine"), bad(b)) : List.of(progress(b, "fine"), bad(a));

    assertThatThrownBy(() -> journal.write(batch)).isInstanceOf(IllegalArgumentException.class);

    assertThat(stores.events().read(a.uuid(), 0, 10)).hasSize(1);
    assertThat(stores.events().read(b.uuid(), 0, 10)).hasSize(1);
    assertThat(stores.incidents().find(a.uuid()).orElseThrow().steps()).isZero();
    assertThat(stores.incidents().find(b.uuid()).orElseThrow().steps()).isZero();
  }

}
