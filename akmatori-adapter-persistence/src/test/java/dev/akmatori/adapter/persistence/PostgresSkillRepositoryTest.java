package dev.akmatori.adapter.persistence;

import dev.akmatori.application.skill.SkillRepositoryContract;
import dev.akmatori.application.skill.SkillStores;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The skill repository contract on a fresh PostgreSQL schema. */
class PostgresSkillRepositoryTest extends SkillRepositoryContract {
  @RegisterExtension final DatabasesPerTest databases = new DatabasesPerTest(TestDatabases::postgres);

  @Override
  protected SkillStores newStores() {
    PersistenceAdapter adapter = databases.open().adapter();
    return new SkillStores(adapter.skills(), ToolRepositories.of(adapter));
  }
}
