package dev.akmatori.domain.skill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.domain.shared.ForbiddenException;
import dev.akmatori.domain.tool.ToolInstanceId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SkillTest {
  private static final Instant T0 = Instant.parse("2026-05-06T09:30:12Z");

  private static Skill skill(String name, boolean system, SkillFields fields) {
    return new Skill(new SkillId(1), new SkillName(name), fields, system, List.of(), T0, T0);
  }

  private static Skill system() {
    return skill("incident-manager", true, new SkillFields("root", "system", true, "Be calm."));
  }

  @Test
  void theSystemSkill_cannotBeDeletedDisabledOrMovedOutOfItsCategory() {
    Skill root = system();

    assertThatThrownBy(root::checkDelete)
        .isInstanceOf(ForbiddenException.class)
        .hasMessage("Cannot delete system skill: incident-manager");
    assertThatThrownBy(() -> root.checkChange(new SkillFields("root", "system", false, "")))
        .isInstanceOf(ForbiddenException.class)
        .hasMessage("System skill 'incident-manager' cannot be disabled");
    assertThatThrownBy(() -> root.checkChange(new SkillFields("root", "ops", true, "")))
        .isInstanceOf(ForbiddenException.class)
        .hasMessage("System skill 'incident-manager' cannot change category");
  }

  @Test
  void theSystemSkill_mayChangeItsPromptAndDescription() {
    assertThatCode(() -> system().checkChange(new SkillFields("new", "system", true, "new prompt")))
        .doesNotThrowAnyException();
  }

  @Test
  void anOrdinarySkill_mayChangeEverything() {
    Skill plain = skill("db-admin", false, new SkillFields("", "db", true, ""));

    assertThatCode(plain::checkDelete).doesNotThrowAnyException();
    assertThatCode(() -> plain.checkChange(new SkillFields("", "system", false, ""))).doesNotThrowAnyException();
  }

  @Test
  void toolInstanceIds_areSortedAndUnique() {
    Skill s = new Skill(new SkillId(1), new SkillName("a"), new SkillFields("", "", true, ""), false,
        List.of(new ToolInstanceId(9), new ToolInstanceId(2), new ToolInstanceId(9)), T0, T0);

    assertThat(s.toolInstanceIds()).containsExactly(new ToolInstanceId(2), new ToolInstanceId(9));
  }

  @Test
  void document_rendersTheConvertedPromptAndTheSection() {
    Skill s = skill("db-admin", false, new SkillFields("Checks", "db", true, "Read [[hosts.md]]."));

    assertThat(s.document("### x\n").render())
        .isEqualTo("---\nname: db-admin\ndescription: Checks\nmetadata:\n  category: db\n---\n\n"
            + "Read [hosts.md](assets/hosts.md).\n\n## Assigned Tools\n### x\n");
  }
}
