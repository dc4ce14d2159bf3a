package dev.akmatori.adapter.llm.mcp;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Stops a child process and every process it started ({@code npx} runs the server as a grandchild
 * {@code node}): closes its stdin, sends SIGTERM to the whole tree, waits up to a grace period, then
 * SIGKILLs what is left. Descendants are collected before and after the first signal, because a
 * killed parent's children are re-parented and no longer show up as its descendants.
 */
final class ProcessTree {
  private ProcessTree() {}

  /** Blocks up to about {@code grace} plus one second; returns when the tree is gone or killed. */
  static void terminate(Process process, Duration grace) {
    Set<ProcessHandle> tree = collect(Stream.of(process.toHandle()));
    closeQuietly(process);
    tree.forEach(ProcessHandle::destroy);
    long deadline = System.nanoTime() + grace.toNanos();
    for (ProcessHandle handle : Set.copyOf(tree)) {
      tree.addAll(collect(Stream.of(handle)));
      awaitExit(handle, deadline);
    }
    tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    long killDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
    tree.forEach(handle -> awaitExit(handle, killDeadline));
  }

  private static Set<ProcessHandle> collect(Stream<ProcessHandle> roots) {
    Set<ProcessHandle> all = new LinkedHashSet<>();
    roots.forEach(root -> {
      all.add(root);
      root.descendants().forEach(all::add);
    });
    return all;
  }

  private static void awaitExit(ProcessHandle handle, long deadlineNanos) {
    long left = deadlineNanos - System.nanoTime();
    if (left <= 0 || !handle.isAlive()) {
      return;
    }
    try {
      handle.onExit().get(left, TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException stillRunning) {
      // Killed forcibly by the caller.
    }
  }

  private static void closeQuietly(Process process) {
    try {
      process.getOutputStream().close();
    } catch (IOException alreadyGone) {
      // The process closed its end first.
    }
  }
}
