package dev.akmatori.application.investigation.function;

import dev.akmatori.application.investigation.skill.SkillLibrary;
import dev.akmatori.application.model.FunctionSpec;
import dev.akmatori.domain.skill.SkillName;
import java.util.List;
import java.util.Map;

/** {@code read_skill}: the full SKILL.md of an enabled skill, {@code incident-manager} included. */
final class ReadSkillFunction implements AgentFunction {
  private static final FunctionSpec SPEC = new FunctionSpec(
      "read_skill",
      "Read the full SKILL.md of an enabled skill: its instructions, the tools assigned to it with"
          + " call examples, and its scripts. Read a skill before using its tools.",
      Schemas.object(List.of("name"), "name", Schemas.string("Skill name, e.g. 'zabbix-analyst'")));

  private final SkillLibrary skills;

  ReadSkillFunction(SkillLibrary skills) {
    this.skills = skills;
  }

  @Override
  public FunctionSpec spec() {
    return SPEC;
  }

  @Override
  public Object call(Map<String, Object> arguments, CallContext context) {
    String name = CallArguments.requiredString(arguments, "name").strip();
    FunctionException unknown = new FunctionException("skill '" + name + "' not found or not enabled");
    if (!SkillName.isValid(name)) {
      throw unknown;
    }
    return skills.skillDocument(new SkillName(name)).orElseThrow(() -> unknown);
  }
}
