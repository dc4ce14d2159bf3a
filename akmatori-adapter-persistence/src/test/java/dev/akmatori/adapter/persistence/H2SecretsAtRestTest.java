package dev.akmatori.adapter.persistence;

/** Secrets at rest on an in-memory H2. */
class H2SecretsAtRestTest extends SecretsAtRestContract {
  @Override
  TestDatabase openDatabase() {
    return TestDatabases.h2();
  }
}
