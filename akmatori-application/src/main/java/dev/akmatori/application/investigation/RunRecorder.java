package dev.akmatori.application.investigation;

import java.util.Map;

/**
 * Where the agent loop writes what happens while it runs, for one incident. Calls return at once:
 * each write is queued and committed in order as it happens, normally within milliseconds, by the
 * process's journal writer (group commit, ADR 0022), so readers on any replica see it from the
 * database; everything a run recorded is committed before the status event that ends the run. Events
 * are appended, never a rewritten text. The caller hands {@code data} over and must not change it
 * afterwards. Thread-safe: tool calls of one turn may finish on other threads.
 */
public interface RunRecorder {
  /** A {@code log} event: model text, a thinking summary ({@code Thinking: …}) or a server notice. */
  void log(String text);

  /**
   * A {@code tool_call} event, exactly once per function call (refused ones included); {@code data}
   * has the keys of contract §5.7 in order.
   */
  void toolCall(Map<String, Object> data);

  /** One completed model call: adds to the incident's {@code steps} and {@code tokens_used}. */
  void modelCall(long totalTokens);
}
