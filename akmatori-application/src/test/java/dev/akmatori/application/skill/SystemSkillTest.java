package dev.akmatori.application.skill;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.domain.skill.Skill;
import dev.akmatori.domain.skill.SkillName;
import org.junit.jupiter.api.Test;

class SystemSkillTest {
  private final SkillFixture f = SkillFixture.inMemory();

  @Test
  void incidentManager_isSeededAsTheEnabledSystemSkill_withItsDirectory() {
    Skill root = f.repository().find(SkillName.INCIDENT_MANAGER).orElseThrow();

    assertThat(root.system()).isTrue();
    assertThat(root.enabled()).isTrue();
    assertThat(root.category()).isEqualTo("system");
    assertThat(root.description()).isNotBlank();
    assertThat(((InMemorySkillDirectories) f.files).readDocument(SkillName.INCIDENT_MANAGER).orElseThrow())
        .startsWith("---\nname: incident-manager\n").contains("metadata:\n  category: system\n");
  }

  @Test
  void theDefaultPrompt_coversWhatTheContractRequires() {
    String prompt = f.skills.prompt("incident-manager");

    assertThat(prompt)
        .contains("senior SRE", "triage", "investigate", "coordinate the skills", "resolution", "communicate")
        .contains("`search_runbooks`", "3–5 keywords", "retry with fewer")
        .contains("`get_runbook`", "best one or two matches")
        .contains("`read_skill`", "`call_tool`")
        .contains("Correlate", "root cause", "timestamps")
        .contains("Next actions")
        .contains("escalation", "security issues", "data loss", "cannot fix");
  }

  @Test
  void seeding_isIdempotent_andNeverOverwritesAnEditedPrompt() {
    f.skills.setPrompt("incident-manager", "My own rules.");
    SystemSkill seed = new SystemSkill(f.repository(), f.clock);

    seed.seed();
    seed.seed();

    assertThat(f.repository().list()).filteredOn(Skill::system).hasSize(1);
    assertThat(f.skills.prompt("incident-manager")).isEqualTo("My own rules.");
  }
}
