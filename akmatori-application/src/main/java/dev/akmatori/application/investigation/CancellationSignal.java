package dev.akmatori.application.investigation;

import dev.akmatori.application.model.Cancellation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A {@link Cancellation} that someone fires: the first {@link #cancel()} wins and runs the
 * registered actions on the cancelling thread. Children follow their parent, so one run-wide signal
 * can stop every call of the run while a call's own timer stops only that call. Thread-safe.
 */
public final class CancellationSignal implements Cancellation {
  private final Set<Runnable> actions = new LinkedHashSet<>();
  private boolean cancelled;

  /** A signal that also fires when {@code parent} fires (immediately if it already has). */
  public static CancellationSignal childOf(Cancellation parent) {
    CancellationSignal child = new CancellationSignal();
    Registration detach = parent.onCancel(child::cancel);
    child.onCancel(detach::close);
    return child;
  }

  /** Fires the signal; true when this call did it, false when it had already fired. */
  public boolean cancel() {
    List<Runnable> toRun;
    synchronized (this) {
      if (cancelled) {
        return false;
      }
      cancelled = true;
      toRun = new ArrayList<>(actions);
      actions.clear();
    }
    toRun.forEach(Runnable::run);
    return true;
  }

  @Override
  public synchronized boolean isCancelled() {
    return cancelled;
  }

  @Override
  public Registration onCancel(Runnable action) {
    Runnable wrapper = action::run; // a fresh identity: the same action may be registered twice
    synchronized (this) {
      if (!cancelled) {
        actions.add(wrapper);
        return () -> unregister(wrapper);
      }
    }
    action.run();
    return Registration.NONE;
  }

  private synchronized void unregister(Runnable wrapper) {
    actions.remove(wrapper);
  }

  /** Actions registered and not yet unregistered or run; for tests. */
  synchronized int registered() {
    return actions.size();
  }
}
