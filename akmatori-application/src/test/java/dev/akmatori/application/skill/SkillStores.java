package dev.akmatori.application.skill;

import dev.akmatori.application.tool.ToolStores;

/** The skill repository with the tool stores it references, over one store (for the contract suite). */
public record SkillStores(SkillRepository skills, ToolStores tools) {
  /** Fresh in-memory fakes. */
  public static SkillStores inMemory() {
    ToolStores tools = ToolStores.inMemory();
    return new SkillStores(new InMemorySkillRepository(tools.instances()), tools);
  }
}
