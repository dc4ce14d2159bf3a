package dev.akmatori.adapter.llm.testing;

import dev.akmatori.application.model.Cancellation;
import java.util.ArrayList;
import java.util.List;

/** A cancellation the test fires by hand; callbacks run on the cancelling thread. */
public final class TestCancellation implements Cancellation {
  private final List<Runnable> actions = new ArrayList<>();
  private boolean cancelled;

  @Override
  public synchronized boolean isCancelled() {
    return cancelled;
  }

  @Override
  public void onCancel(Runnable action) {
    synchronized (this) {
      if (!cancelled) {
        actions.add(action);
        return;
      }
    }
    action.run();
  }

  public void cancel() {
    List<Runnable> toRun;
    synchronized (this) {
      cancelled = true;
      toRun = List.copyOf(actions);
      actions.clear();
    }
    toRun.forEach(Runnable::run);
  }
}
