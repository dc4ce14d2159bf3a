package dev.akmatori.application.investigation;

import dev.akmatori.application.model.Cancellation;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A {@link Cancellation} the lifecycle fires once: on a cancel request, a shutdown or a lost lease. */
final class Signal implements Cancellation {
  private static final Logger LOG = LoggerFactory.getLogger(Signal.class);

  private final AtomicBoolean fired = new AtomicBoolean();
  private final List<Runnable> actions = new CopyOnWriteArrayList<>();

  @Override
  public boolean isCancelled() {
    return fired.get();
  }

  @Override
  public Registration onCancel(Runnable action) {
    Runnable mine = action::run; // a fresh identity, so closing removes exactly this registration
    actions.add(mine);
    if (fired.get() && actions.remove(mine)) {
      run(mine);
    }
    return () -> actions.remove(mine);
  }

  /** Fires once; later calls do nothing. Actions run on this thread and never stop each other. */
  void fire() {
    if (fired.compareAndSet(false, true)) {
      for (Runnable action : actions) {
        if (actions.remove(action)) {
          run(action);
        }
      }
    }
  }

  /** Actions registered and not yet unregistered or run; for tests. */
  int registered() {
    return actions.size();
  }

  private static void run(Runnable action) {
    try {
      action.run();
    } catch (RuntimeException e) {
      LOG.warn("A cancellation action failed: {}", e.toString());
    }
  }
}
