package dev.akmatori.application.investigation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CancellationSignalTest {
  @Test
  void theFirstCancelWins_andRunsEachActionOnce() {
    CancellationSignal signal = new CancellationSignal();
    List<String> ran = new ArrayList<>();
    signal.onCancel(() -> ran.add("a"));

    assertThat(signal.cancel()).isTrue();
    assertThat(signal.cancel()).isFalse();
    signal.onCancel(() -> ran.add("late"));

    assertThat(ran).containsExactly("a", "late");
    assertThat(signal.isCancelled()).isTrue();
  }

  @Test
  void aChild_followsItsParent_butNotTheOtherWay() {
    CancellationSignal parent = new CancellationSignal();
    CancellationSignal first = CancellationSignal.childOf(parent);
    CancellationSignal second = CancellationSignal.childOf(parent);

    first.cancel();
    assertThat(parent.isCancelled()).isFalse();
    parent.cancel();

    assertThat(second.isCancelled()).isTrue();
  }

  @Test
  void aRemovedAction_doesNotRun() {
    CancellationSignal signal = new CancellationSignal();
    List<String> ran = new ArrayList<>();
    Runnable detach = signal.register(() -> ran.add("x"));

    detach.run();
    signal.cancel();

    assertThat(ran).isEmpty();
  }
}
