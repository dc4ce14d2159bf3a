package dev.akmatori.application.investigation.skill;

import java.util.Objects;

/** One line of the skills catalogue in the system prompt: an enabled skill's name and description. */
public record SkillSummary(String name, String description) {
  public SkillSummary {
    Objects.requireNonNull(name, "name");
    description = description == null ? "" : description;
  }
}
