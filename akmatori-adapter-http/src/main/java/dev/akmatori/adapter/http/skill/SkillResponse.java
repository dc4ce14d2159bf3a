package dev.akmatori.adapter.http.skill;

import dev.akmatori.adapter.http.tool.ToolInstanceResponse;
import dev.akmatori.application.skill.SkillDetails;
import dev.akmatori.domain.skill.Skill;
import java.time.Instant;
import java.util.List;

/** The Skill shape of contract §3.3: every field, {@code tools} in the masked ToolInstance shape. */
record SkillResponse(
    long id,
    String name,
    String description,
    String category,
    boolean isSystem,
    boolean enabled,
    String prompt,
    List<ToolInstanceResponse> tools,
    Instant createdAt,
    Instant updatedAt) {

  static SkillResponse from(SkillDetails details) {
    Skill skill = details.skill();
    return new SkillResponse(
        skill.id().value(),
        skill.name().value(),
        skill.description(),
        skill.category(),
        skill.system(),
        skill.enabled(),
        skill.prompt(),
        details.tools().stream().map(ToolInstanceResponse::from).toList(),
        skill.createdAt(),
        skill.updatedAt());
  }
}
