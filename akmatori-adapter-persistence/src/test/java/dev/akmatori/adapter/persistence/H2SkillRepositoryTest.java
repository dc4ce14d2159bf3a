package dev.akmatori.adapter.persistence;

import dev.akmatori.application.skill.SkillRepositoryContract;
import dev.akmatori.application.skill.SkillStores;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The skill repository contract on an in-memory H2. */
class H2SkillRepositoryTest extends SkillRepositoryContract {
  @RegisterExtension final DatabasesPerTest databases = new DatabasesPerTest(TestDatabases::h2);

  @Override
  protected SkillStores newStores() {
    PersistenceAdapter adapter = databases.open().adapter();
    return new SkillStores(adapter.skills(), ToolRepositories.of(adapter));
  }
}
