package dev.akmatori.domain.skill;

import dev.akmatori.domain.shared.Text;
import dev.akmatori.domain.shared.ValidationException;
import dev.akmatori.domain.shared.Violations;
import java.util.Objects;

/**
 * The writable fields of a skill (contract §3.3): description (≤ 1024 code points), category
 * (≤ 64), enabled flag and prompt. The prompt is stored as given; callers convert {@code [[file]]}
 * references before storing ({@link #withPrompt}).
 */
public record SkillFields(String description, String category, boolean enabled, String prompt) {
  public static final int MAX_DESCRIPTION = 1024;
  public static final int MAX_CATEGORY = 64;

  public SkillFields {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(prompt, "prompt");
    Violations violations = new Violations();
    check(description, category, violations);
    if (!violations.isEmpty()) {
      throw new ValidationException(violations.asMap());
    }
  }

  /** Records the length failures of {@code description} and {@code category} (nulls pass). */
  public static void check(String description, String category, Violations violations) {
    if (description != null && Text.length(description) > MAX_DESCRIPTION) {
      violations.add("description", "must be at most " + MAX_DESCRIPTION + " characters");
    }
    if (category != null && Text.length(category) > MAX_CATEGORY) {
      violations.add("category", "must be at most " + MAX_CATEGORY + " characters");
    }
  }

  /** Fields read from a hand-written SKILL.md (contract §3.3.6): over-long values are cut. */
  public static SkillFields imported(String description, String category, String prompt) {
    return new SkillFields(cut(description, MAX_DESCRIPTION), cut(category, MAX_CATEGORY), true, prompt);
  }

  /** The prompt with {@code [[file]]} rewritten as {@code [file](assets/file)} (§3.3.2). */
  public SkillFields withPrompt(String rawPrompt) {
    return new SkillFields(description, category, enabled, SkillPrompts.convert(rawPrompt));
  }

  private static String cut(String value, int max) {
    return Text.length(value) <= max ? value : value.substring(0, value.offsetByCodePoints(0, max));
  }
}
