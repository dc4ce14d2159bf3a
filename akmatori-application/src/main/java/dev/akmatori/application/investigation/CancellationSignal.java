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
    if (parent instanceof CancellationSignal) {
      Runnable detach = ((CancellationSignal) parent).register(child::cancel);
      child.onCancel(detach);
    } else {
      parent.onCancel(child::cancel);
    }
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
  public void onCancel(Runnable action) {
    register(action);
  }

  /**
   * Registers {@code action} like {@link #onCancel} and returns a handle that unregisters it, so
   * short-lived calls do not pile actions onto a long-lived signal.
   */
  public Runnable register(Runnable action) {
    Runnable wrapper = action::run;
    synchronized (this) {
      if (!cancelled) {
        actions.add(wrapper);
        return () -> unregister(wrapper);
      }
    }
    action.run();
    return () -> {};
  }

  private synchronized void unregister(Runnable wrapper) {
    actions.remove(wrapper);
  }
}
