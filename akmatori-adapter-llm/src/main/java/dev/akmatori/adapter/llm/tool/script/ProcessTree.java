package dev.akmatori.adapter.llm.tool.script;

import java.util.List;
import java.util.stream.Collectors;

/** Kills a process and every process it started, so no background child outlives a stopped script. */
final class ProcessTree {
  private ProcessTree() {}

  static void kill(Process process) {
    // Descendants first collected, then killed: once the parent dies they are re-parented and no
    // longer found through it.
    List<ProcessHandle> descendants = process.descendants().collect(Collectors.toList());
    process.destroyForcibly();
    descendants.forEach(ProcessHandle::destroyForcibly);
  }
}
