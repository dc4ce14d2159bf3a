package dev.akmatori.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

class JdbiDatabaseHealthTest {
  @Test
  void aDatabaseThatNeverAnswers_isDown_withinTheTimeout() {
    CountDownLatch never = new CountDownLatch(1);
    DataSource hanging =
        (DataSource)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                  never.await(); // a network that swallows the connection attempt
                  throw new IllegalStateException("unreachable");
                });
    try (JdbiDatabaseHealth health = new JdbiDatabaseHealth(Jdbi.create(hanging))) {
      long started = System.nanoTime();

      boolean up = health.isUp(Duration.ofMillis(300));

      assertThat(up).isFalse();
      // The connection attempt never ends, so any bound tells the two apart; 20 s is slack for load.
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
    }
  }

  @Test
  void aFailingDatabase_isDown_andNothingIsThrown() {
    DataSource refusing =
        (DataSource)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                  throw new java.sql.SQLException("connection refused", "08001");
                });
    try (JdbiDatabaseHealth health = new JdbiDatabaseHealth(Jdbi.create(refusing))) {
      assertThat(health.isUp(Duration.ofSeconds(1))).isFalse();
    }
  }

  @Test
  void aZeroOrNegativeTimeout_isDown() {
    try (TestDatabase db = TestDatabases.h2()) {
      assertThat(db.adapter().health().isUp(Duration.ZERO)).isFalse();
      assertThat(db.adapter().health().isUp(Duration.ofSeconds(-1))).isFalse();
      // A live database answers at once; the long timeout is only slack for a loaded CI machine.
      assertThat(db.adapter().health().isUp(Duration.ofSeconds(30))).isTrue();
    }
  }
}
