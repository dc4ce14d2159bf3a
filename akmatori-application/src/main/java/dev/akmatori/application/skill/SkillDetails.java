package dev.akmatori.application.skill;

import dev.akmatori.application.tool.ToolInstanceDetails;
import dev.akmatori.domain.skill.Skill;
import java.util.List;
import java.util.Objects;

/** A skill as the API shows it: the skill and its assigned tool instances ordered by id. */
public record SkillDetails(Skill skill, List<ToolInstanceDetails> tools) {
  public SkillDetails {
    Objects.requireNonNull(skill, "skill");
    tools = List.copyOf(tools);
  }
}
