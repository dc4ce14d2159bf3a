package dev.akmatori.application.investigation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.application.model.Cancellation;
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
  void aClosedRegistration_doesNotRun_andIsNoLongerHeld() {
    CancellationSignal signal = new CancellationSignal();
    List<String> ran = new ArrayList<>();
    Cancellation.Registration registration = signal.onCancel(() -> ran.add("x"));
    signal.onCancel(() -> ran.add("kept"));

    registration.close();
    registration.close(); // idempotent
    assertThat(signal.registered()).isEqualTo(1);
    signal.cancel();

    assertThat(ran).containsExactly("kept");
  }

  @Test
  void theSameActionRegisteredTwice_isUnregisteredOneRegistrationAtATime() {
    CancellationSignal signal = new CancellationSignal();
    List<String> ran = new ArrayList<>();
    Runnable action = () -> ran.add("x");
    Cancellation.Registration first = signal.onCancel(action);
    signal.onCancel(action);

    first.close();
    signal.cancel();

    assertThat(ran).containsExactly("x");
  }

  @Test
  void closingAfterTheActionRan_orOnAFiredSignal_doesNothing() {
    CancellationSignal signal = new CancellationSignal();
    List<String> ran = new ArrayList<>();
    Cancellation.Registration before = signal.onCancel(() -> ran.add("before"));
    signal.cancel();
    Cancellation.Registration after = signal.onCancel(() -> ran.add("after")); // runs at once

    before.close();
    after.close();

    assertThat(ran).containsExactly("before", "after");
    assertThat(signal.registered()).isZero();
  }

  @Test
  void manyShortCalls_onALongLivedSignal_leaveNothingBehind() {
    CancellationSignal run = new CancellationSignal();

    for (int call = 0; call < 1000; call++) {
      Cancellation.Registration abort = run.onCancel(() -> {});
      abort.close();
    }

    assertThat(run.registered()).isZero();
  }

  @Test
  void aChildThatFired_detachesFromItsParent() {
    CancellationSignal parent = new CancellationSignal();
    for (int call = 0; call < 100; call++) {
      CancellationSignal.childOf(parent).cancel();
    }

    assertThat(parent.registered()).isZero();
  }

  @Test
  void theLifecycleSignal_unregistersToo() {
    Signal lifecycle = new Signal();
    List<String> ran = new ArrayList<>();
    Cancellation.Registration gone = lifecycle.onCancel(() -> ran.add("gone"));
    lifecycle.onCancel(() -> ran.add("kept"));

    gone.close();
    assertThat(lifecycle.registered()).isEqualTo(1);
    lifecycle.fire();

    assertThat(ran).containsExactly("kept");
  }

  @Test
  void none_isNeverCancelled_andItsRegistrationsCloseQuietly() {
    Cancellation.Registration registration = Cancellation.NONE.onCancel(() -> {
      throw new AssertionError("never runs");
    });

    registration.close();

    assertThat(Cancellation.NONE.isCancelled()).isFalse();
  }
}
