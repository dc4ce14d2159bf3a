package dev.akmatori.adapter.persistence;

import dev.akmatori.application.retention.RetentionRuns;
import dev.akmatori.application.retention.RetentionRunsContract;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;

/** The retention run contract over a real database, each test on a fresh one. */
final class RetentionStoreSuites {
  private RetentionStoreSuites() {}

  abstract static class Runs extends RetentionRunsContract {
    private final Supplier<TestDatabase> opener;
    private final List<TestDatabase> open = new ArrayList<>();

    Runs(Supplier<TestDatabase> opener) {
      this.opener = opener;
    }

    @Override
    protected RetentionRuns newRuns() {
      TestDatabase db = opener.get();
      open.add(db);
      return db.adapter().retentionRuns();
    }

    @AfterEach
    void closeDatabases() {
      open.forEach(TestDatabase::close);
      open.clear();
    }
  }
}
