package dev.akmatori.application.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Failed-login throttling per client address (contract §2.3): ten failures within five minutes block
 * the address for five minutes from the tenth; attempts while blocked do not extend it. Per process,
 * in memory. Thread-safe.
 */
public final class LoginThrottle {
  static final int MAX_FAILURES = 10;
  static final Duration WINDOW = Duration.ofMinutes(5);
  private static final int MAX_TRACKED_ADDRESSES = 100_000;

  private final Clock clock;
  private final Map<String, State> states = new HashMap<>();

  public LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  public synchronized boolean isBlocked(String address) {
    State s = states.get(address);
    return s != null && s.blockedUntil != null && clock.instant().isBefore(s.blockedUntil);
  }

  public synchronized void recordFailure(String address) {
    Instant now = clock.instant();
    if (states.size() >= MAX_TRACKED_ADDRESSES) {
      states.values().removeIf(s -> s.isStale(now));
    }
    State s = states.computeIfAbsent(address, a -> new State());
    s.failures.removeIf(t -> !t.isAfter(now.minus(WINDOW)));
    s.failures.addLast(now);
    if (s.failures.size() >= MAX_FAILURES) {
      s.blockedUntil = now.plus(WINDOW);
      s.failures.clear();
    }
  }

  public synchronized void recordSuccess(String address) {
    states.remove(address);
  }

  private static final class State {
    final Deque<Instant> failures = new ArrayDeque<>();
    Instant blockedUntil;

    boolean isStale(Instant now) {
      boolean blocked = blockedUntil != null && now.isBefore(blockedUntil);
      boolean recent = !failures.isEmpty() && failures.peekLast().isAfter(now.minus(WINDOW));
      return !blocked && !recent;
    }
  }
}
