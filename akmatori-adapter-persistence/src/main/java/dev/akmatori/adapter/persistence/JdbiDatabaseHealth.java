package dev.akmatori.adapter.persistence;

import dev.akmatori.application.health.DatabaseHealth;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Probes the database with {@code SELECT 1}. The probe runs on one daemon thread so the caller waits
 * at most {@code timeout} even when getting a pooled connection hangs; a hung probe makes the next
 * ones time out too, which is the truth (and keeps the thread count bounded).
 */
final class JdbiDatabaseHealth implements DatabaseHealth, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(JdbiDatabaseHealth.class);
  private static final String PROBE = "SELECT 1";

  private final Jdbi jdbi;
  private final ExecutorService prober =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "akmatori-db-health");
            t.setDaemon(true);
            return t;
          });

  JdbiDatabaseHealth(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public boolean isUp(Duration timeout) {
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      return false;
    }
    int seconds = (int) Math.max(1, Math.min(Integer.MAX_VALUE, (timeout.toMillis() + 999) / 1000));
    Future<Boolean> probe;
    try {
      probe = prober.submit(() -> probe(seconds));
    } catch (RejectedExecutionException closed) {
      return false;
    }
    try {
      return probe.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      probe.cancel(true);
      LOG.debug("Database probe timed out after {}", timeout);
      return false;
    } catch (InterruptedException e) {
      probe.cancel(true);
      Thread.currentThread().interrupt();
      return false;
    } catch (ExecutionException e) {
      LOG.debug("Database probe failed: {}", e.getCause().toString());
      return false;
    }
  }

  private boolean probe(int timeoutSeconds) {
    return jdbi.withHandle(
        h -> h.createQuery(PROBE).setQueryTimeout(timeoutSeconds).mapTo(Integer.class).one() == 1);
  }

  @Override
  public void close() {
    prober.shutdownNow();
  }
}
