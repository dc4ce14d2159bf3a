package dev.akmatori.application.model;

/**
 * A cooperative cancellation signal for long calls (model requests, tool calls). Implementations are
 * thread-safe; {@link #onCancel} callbacks run on the thread that cancels, or immediately when
 * already cancelled.
 */
public interface Cancellation {
  /** Never cancelled; for titles, tests and callers without a cancel path. */
  Cancellation NONE =
      new Cancellation() {
        @Override
        public boolean isCancelled() {
          return false;
        }

        @Override
        public Registration onCancel(Runnable action) {
          return Registration.NONE;
        }
      };

  boolean isCancelled();

  /**
   * Registers {@code action} to abort blocking work (e.g. {@code okhttp3.Call::cancel}); runs it at
   * once when already cancelled. Close the returned handle when that work is over, so a long-lived
   * signal (a run's) neither keeps nor later runs the callbacks of its finished calls and waits.
   */
  Registration onCancel(Runnable action);

  /**
   * Unregisters one {@link #onCancel} action. Closing is idempotent, never throws, and does nothing
   * once the action has run.
   */
  @FunctionalInterface
  interface Registration extends AutoCloseable {
    /** Nothing to unregister. */
    Registration NONE = () -> {};

    @Override
    void close();
  }
}
