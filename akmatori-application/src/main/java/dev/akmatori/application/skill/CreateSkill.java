package dev.akmatori.application.skill;

import dev.akmatori.domain.shared.ValidationException;
import dev.akmatori.domain.shared.Violations;
import dev.akmatori.domain.skill.SkillFields;
import dev.akmatori.domain.skill.SkillName;

/**
 * {@code POST /api/skills} (§3.3.1): {@code name} required, the rest optional (null = default: "",
 * "", "", enabled). Validates every field at once in the constructor.
 */
public record CreateSkill(String name, String description, String category, String prompt, Boolean enabled) {
  public CreateSkill {
    Violations violations = new Violations();
    String problem = SkillName.problem(name);
    if (problem != null) {
      violations.add("name", problem);
    }
    SkillFields.check(description, category, violations);
    if (!violations.isEmpty()) {
      throw new ValidationException(violations.asMap());
    }
  }

  public SkillName skillName() {
    return new SkillName(name);
  }

  /** The fields to store, the prompt's references converted. */
  public SkillFields fields() {
    return new SkillFields(
            description == null ? "" : description,
            category == null ? "" : category,
            enabled == null || enabled,
            "")
        .withPrompt(prompt == null ? "" : prompt);
  }
}
