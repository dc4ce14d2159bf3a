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
        public void onCancel(Runnable action) {}
      };

  boolean isCancelled();

  /** Registers {@code action} to abort blocking work (e.g. {@code okhttp3.Call::cancel}). */
  void onCancel(Runnable action);
}
