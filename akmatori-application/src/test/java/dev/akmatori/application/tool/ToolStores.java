package dev.akmatori.application.tool;

/**
 * The three tool repositories over one store, as the contract suites and service tests need them
 * together (instances reference types; keys belong to instances and go with them).
 */
public record ToolStores(ToolTypeRepository types, ToolInstanceRepository instances, SshKeyRepository keys) {
  /** Fresh in-memory fakes wired like the database: deleting an instance deletes its keys. */
  public static ToolStores inMemory() {
    InMemorySshKeyRepository keys = new InMemorySshKeyRepository();
    return new ToolStores(new InMemoryToolTypeRepository(), new InMemoryToolInstanceRepository(keys::removeInstance), keys);
  }
}
