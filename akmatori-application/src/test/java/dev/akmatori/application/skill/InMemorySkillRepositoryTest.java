package dev.akmatori.application.skill;

/** The skill repository contract on the in-memory fake. */
class InMemorySkillRepositoryTest extends SkillRepositoryContract {
  @Override
  protected SkillStores newStores() {
    return SkillStores.inMemory();
  }
}
