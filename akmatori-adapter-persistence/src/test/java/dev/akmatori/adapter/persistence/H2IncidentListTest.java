package dev.akmatori.adapter.persistence;

/** The incident list on an in-memory H2. */
class H2IncidentListTest extends IncidentListContract {
  @Override
  TestDatabase openDatabase() {
    return TestDatabases.h2();
  }
}
