package dev.akmatori.adapter.persistence;

import dev.akmatori.application.tool.ToolStores;

/** The three tool repositories of one adapter, as the contract suites take them. */
final class ToolRepositories {
  private ToolRepositories() {}

  static ToolStores of(PersistenceAdapter adapter) {
    return new ToolStores(adapter.toolTypes(), adapter.toolInstances(), adapter.sshKeys());
  }
}
