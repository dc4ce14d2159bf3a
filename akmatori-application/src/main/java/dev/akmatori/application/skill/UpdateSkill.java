package dev.akmatori.application.skill;

import dev.akmatori.domain.shared.ValidationException;
import dev.akmatori.domain.shared.Violations;
import dev.akmatori.domain.skill.SkillFields;

/** {@code PUT /api/skills/{name}} (§3.3.1): a partial update; null keeps the stored value. */
public record UpdateSkill(String description, String category, Boolean enabled, String prompt) {
  public UpdateSkill {
    Violations violations = new Violations();
    SkillFields.check(description, category, violations);
    if (!violations.isEmpty()) {
      throw new ValidationException(violations.asMap());
    }
  }

  /** Only the prompt, as {@code PUT …/prompt} sets it. */
  public static UpdateSkill prompt(String prompt) {
    return new UpdateSkill(null, null, null, prompt);
  }

  /** {@code stored} with the given fields applied; a new prompt has its references converted. */
  public SkillFields applyTo(SkillFields stored) {
    SkillFields merged = new SkillFields(
        description == null ? stored.description() : description,
        category == null ? stored.category() : category,
        enabled == null ? stored.enabled() : enabled,
        stored.prompt());
    return prompt == null ? merged : merged.withPrompt(prompt);
  }
}
