package dev.akmatori.application.health;

import java.time.Duration;

/** A trivial probe of the database for {@code GET /api/health}. */
public interface DatabaseHealth {
  /** True when a trivial query answers within {@code timeout}; never throws. */
  boolean isUp(Duration timeout);
}
