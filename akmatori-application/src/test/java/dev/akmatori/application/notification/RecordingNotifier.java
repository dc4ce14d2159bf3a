package dev.akmatori.application.notification;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A {@link Notifier} that records what it was asked to post and answers {@code C0CHANNEL} / {@code 1.000N}. */
public final class RecordingNotifier implements Notifier {
  public final List<Notification> posted = new CopyOnWriteArrayList<>();
  private final AtomicInteger sequence = new AtomicInteger();
  private volatile RuntimeException failure;

  /** Every later post fails with {@code e} (after being recorded). */
  public void failWith(RuntimeException e) {
    this.failure = e;
  }

  @Override
  public PostedMessage post(Notification notification) {
    posted.add(notification);
    if (failure != null) {
      throw failure;
    }
    return new PostedMessage("C0CHANNEL", "1700000000." + String.format("%06d", sequence.incrementAndGet()));
  }
}
