package dev.akmatori.application.context;

import java.util.Set;
import java.util.TreeSet;

/** The fake honours the same contract as the filesystem store. */
class InMemoryContextFileStoreTest extends ContextFileStoreContract {
  private InMemoryContextFileStore store;

  @Override
  protected ContextFileStore newStore() {
    store = new InMemoryContextFileStore();
    return store;
  }

  @Override
  protected Set<String> entries() {
    Set<String> all = new TreeSet<>(store.names());
    for (int i = 0; i < store.pendingStages(); i++) {
      all.add("staged#" + i);
    }
    return all;
  }
}
