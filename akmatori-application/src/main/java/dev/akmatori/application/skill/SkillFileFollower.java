package dev.akmatori.application.skill;

import dev.akmatori.application.context.ContextFileChanges;
import dev.akmatori.application.tool.ToolInstanceChanges;
import dev.akmatori.domain.tool.ToolInstanceId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the skill directories following what they mirror (contract §3.3.5, §3.4.2, §3.6): the
 * SKILL.md of the skills an updated tool instance is assigned to, every SKILL.md after an instance
 * is deleted (its assignments are already gone, and rewriting unchanged files is a no-op), and the
 * {@code assets/} links to a deleted context file. Failures are logged, never thrown: the change
 * that triggered them is committed, and the next regeneration (at the latest at startup) repairs.
 */
public final class SkillFileFollower implements ToolInstanceChanges, ContextFileChanges {
  private static final Logger LOG = LoggerFactory.getLogger(SkillFileFollower.class);

  private final SkillMirror mirror;
  private final SkillFiles files;

  public SkillFileFollower(SkillMirror mirror, SkillFiles files) {
    this.mirror = mirror;
    this.files = files;
  }

  @Override
  public void updated(ToolInstanceId id) {
    logged("tool instance " + id + " changed", () -> mirror.regenerateHolding(id));
  }

  @Override
  public void deleted(ToolInstanceId id) {
    logged("tool instance " + id + " deleted", mirror::regenerateEvery);
  }

  @Override
  public void deleted(String filename) {
    logged("context file " + filename + " deleted", () -> files.removeAssetLinks(filename));
  }

  private static void logged(String event, Runnable action) {
    try {
      action.run();
    } catch (RuntimeException e) {
      LOG.error("Skill files could not follow: {}: {}", event, e.toString());
    }
  }
}
