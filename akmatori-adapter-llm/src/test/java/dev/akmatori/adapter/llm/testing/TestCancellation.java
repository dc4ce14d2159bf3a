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
  public Registration onCancel(Runnable action) {
    Runnable mine = action::run;
    synchronized (this) {
      if (!cancelled) {
        actions.add(mine);
        return () -> unregister(mine);
      }
    }
    action.run();
    return Registration.NONE;
  }

  private synchronized void unregister(Runnable action) {
    actions.remove(action);
  }

  /** Callbacks registered and not yet unregistered or run. */
  public synchronized int registered() {
    return actions.size();
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
