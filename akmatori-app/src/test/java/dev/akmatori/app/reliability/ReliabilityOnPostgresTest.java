package dev.akmatori.app.reliability;

import dev.akmatori.app.PostgresSchema;
import java.util.Map;

/**
 * The reliability suite on a real PostgreSQL, in a fresh schema of the shared {@link PostgresSchema}
 * fixture: PostgreSQL refuses some text that H2 stores (a NUL character), so such text must be made
 * storable (ADR 0026) or refused before it reaches either. Skipped only when {@code
 * AKMATORI_TEST_POSTGRES_URL} is unset and CI does not require it. The server lives for the whole
 * class, so the schema is dropped once, after it stopped, not after each test.
 */
class ReliabilityOnPostgresTest extends ReliabilitySuite {
  private final PostgresSchema schema = new PostgresSchema("rel");

  @Override
  protected Map<String, String> database() throws Exception {
    return Map.of("AKMATORI_DB_URL", schema.url());
  }

  @Override
  protected void dropDatabase() throws Exception {
    schema.drop();
  }
}
