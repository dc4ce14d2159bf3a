package dev.akmatori.application.tool;

import dev.akmatori.domain.tool.ToolInstanceId;

/**
 * Told after a tool instance changed, so what is derived from it can follow (contract §3.3.5: the
 * SKILL.md of the skills it is assigned to). Called synchronously after the change is stored;
 * an exception propagates to the caller of the change, which is already committed.
 */
public interface ToolInstanceChanges {
  /** Ignores every change. */
  ToolInstanceChanges NONE =
      new ToolInstanceChanges() {
        @Override
        public void updated(ToolInstanceId id) {}

        @Override
        public void deleted(ToolInstanceId id) {}
      };

  /** After any update of the instance, including enabling and disabling it. */
  void updated(ToolInstanceId id);

  /**
   * After the instance was deleted; its skill assignments went with it in the same transaction, so
   * an implementation cannot look them up any more and regenerates the skills it must (e.g. all).
   */
  void deleted(ToolInstanceId id);
}
