package dev.akmatori.adapter.persistence;

import dev.akmatori.application.skill.SkillRepositoryContract;
import dev.akmatori.application.skill.SkillStores;
import org.junit.jupiter.api.AfterEach;

/** The skill repository contract on a fresh PostgreSQL schema. */
class PostgresSkillRepositoryTest extends SkillRepositoryContract {
  private TestDatabase database;

  @Override
  protected SkillStores newStores() {
    database = TestDatabases.postgres();
    return new SkillStores(database.adapter().skills(), ToolRepositories.of(database.adapter()));
  }

  @AfterEach
  void closeDatabase() {
    if (database != null) {
      database.close();
    }
  }
}
