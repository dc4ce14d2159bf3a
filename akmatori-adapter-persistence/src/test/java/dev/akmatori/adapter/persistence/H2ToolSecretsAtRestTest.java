package dev.akmatori.adapter.persistence;

/** Tool secrets at rest on an in-memory H2. */
class H2ToolSecretsAtRestTest extends ToolSecretsAtRestContract {
  @Override
  TestDatabase openDatabase() {
    return TestDatabases.h2();
  }
}
