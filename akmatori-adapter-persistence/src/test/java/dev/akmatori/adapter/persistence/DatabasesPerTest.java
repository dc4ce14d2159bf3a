package dev.akmatori.adapter.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The databases one test of a contract suite works on: each {@link #open()} opens a fresh one with
 * the opener ({@link TestDatabases#h2} or {@link TestDatabases#postgres}, which skips or fails as it
 * says), and all of them are closed, their data erased, after the test. Register it on an instance
 * field with {@code @RegisterExtension}.
 */
final class DatabasesPerTest implements AfterEachCallback {
  private final Supplier<TestDatabase> opener;
  private final List<TestDatabase> open = new ArrayList<>();

  DatabasesPerTest(Supplier<TestDatabase> opener) {
    this.opener = opener;
  }

  /** A fresh migrated database, closed after the test. */
  TestDatabase open() {
    TestDatabase db = opener.get();
    open.add(db);
    return db;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    open.forEach(TestDatabase::close);
    open.clear();
  }
}
