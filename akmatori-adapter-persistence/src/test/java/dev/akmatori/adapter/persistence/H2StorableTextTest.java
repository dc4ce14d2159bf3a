package dev.akmatori.adapter.persistence;

/** {@link StorableTextContract} on a fresh in-memory H2. */
class H2StorableTextTest extends StorableTextContract {
  H2StorableTextTest() {
    super(TestDatabases::h2);
  }
}
