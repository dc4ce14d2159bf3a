package dev.akmatori.application.retention;

/** The fake keeps the same contract as the database. */
class InMemoryRetentionRunsTest extends RetentionRunsContract {
  @Override
  protected RetentionRuns newRuns() {
    return new InMemoryRetentionRuns();
  }
}
