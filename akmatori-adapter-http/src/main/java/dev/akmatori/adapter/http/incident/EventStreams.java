package dev.akmatori.adapter.http.incident;

/**
 * What every open event stream of the server shares: the signal to end when the server stops, and
 * a pause between polls that this signal cuts short. Thread-safe.
 */
public final class EventStreams {
  private final Object lock = new Object();
  private volatile boolean closing;

  boolean closing() {
    return closing;
  }

  /** Ends every stream within one poll: they return after their current write. */
  public void closeAll() {
    synchronized (lock) {
      closing = true;
      lock.notifyAll();
    }
  }

  /** Waits up to {@code millis}, or less when the server stops. */
  void pause(long millis) {
    synchronized (lock) {
      if (closing) {
        return;
      }
      try {
        lock.wait(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        closing = true;
      }
    }
  }
}
