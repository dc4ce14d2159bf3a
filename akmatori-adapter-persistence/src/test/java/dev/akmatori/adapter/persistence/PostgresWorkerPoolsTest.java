package dev.akmatori.adapter.persistence;

/** Two replicas' worker pools on one real PostgreSQL schema, claiming with SKIP LOCKED. */
class PostgresWorkerPoolsTest extends WorkerPoolsContract {
  @Override
  TestDatabase openDatabase() {
    return TestDatabases.postgres();
  }
}
