package dev.akmatori.application.skill;

import dev.akmatori.domain.shared.NotFoundException;
import dev.akmatori.domain.skill.Skill;
import dev.akmatori.domain.skill.SkillFields;
import dev.akmatori.domain.tool.ToolInstanceId;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A change of a stored skill followed by its files, as one step for the caller: the row is written,
 * then SKILL.md and {@code assets/}; when the files cannot follow, the old row (fields,
 * assignments and {@code updated_at}) is put back and its files rewritten, and the failure is
 * thrown. This is compensation, not a transaction: a concurrent change of the same skill in
 * between may be overwritten by the restore.
 */
final class SkillChanges {
  private final SkillRepository skills;
  private final SkillMirror mirror;
  private final Clock clock;

  SkillChanges(SkillRepository skills, SkillMirror mirror, Clock clock) {
    this.skills = skills;
    this.mirror = mirror;
    this.clock = clock;
  }

  Skill fields(Skill old, SkillFields next) {
    return followed(old, () -> skills.update(old.id(), next, clock.instant()));
  }

  Skill tools(Skill old, Set<ToolInstanceId> next) {
    return followed(old, () -> skills.replaceTools(old.id(), next, clock.instant()));
  }

  private Skill followed(Skill old, Supplier<Optional<Skill>> write) {
    Skill updated = write.get().orElseThrow(() -> new NotFoundException(ManageSkills.NOT_FOUND));
    try {
      mirror.write(updated);
      return updated;
    } catch (RuntimeException e) {
      suppressing(e, () -> restore(old));
      throw e;
    }
  }

  private void restore(Skill old) {
    skills.update(old.id(), old.fields(), old.updatedAt());
    skills.replaceTools(old.id(), Set.copyOf(old.toolInstanceIds()), old.updatedAt());
    suppressingNothing(() -> mirror.write(old));
  }

  /** Runs a clean-up after {@code failure}; its own failure is attached to {@code failure}. */
  static void suppressing(RuntimeException failure, Runnable cleanup) {
    try {
      cleanup.run();
    } catch (RuntimeException e) {
      failure.addSuppressed(e);
    }
  }

  /** The files of the restored row are best effort: the next regeneration repairs them. */
  private static void suppressingNothing(Runnable action) {
    try {
      action.run();
    } catch (RuntimeException ignored) {
      // Same failure as the one being reported; nothing more to say.
    }
  }
}
