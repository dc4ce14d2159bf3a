package dev.akmatori.application.skill;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.application.investigation.skill.RootInstructions;
import dev.akmatori.application.investigation.skill.SkillSummary;
import dev.akmatori.domain.skill.ScriptFileName;
import dev.akmatori.domain.skill.SkillName;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The skills as the agent sees them (contract §5.4), through the {@code SkillLibrary} port. */
class SkillCatalogueTest {
  private final SkillFixture f = SkillFixture.inMemory();

  @Test
  void rootInstructions_areTheIncidentManagerPrompt_plusItsOwnToolsSection() {
    assertThat(f.library.rootInstructions().assignedToolsSection()).isEmpty();
    long ssh = f.tool("ssh", "Web", Map.of("ssh_hosts", List.of(Map.of("hostname", "web-1", "address", "10.0.0.1"))),
        true);
    f.skills.setTools("incident-manager", List.of(ssh));
    f.skills.setPrompt("incident-manager", "Be the boss.");

    RootInstructions root = f.library.rootInstructions();

    assertThat(root.prompt()).isEqualTo("Be the boss.");
    assertThat(root.assignedToolsSection())
        .startsWith("## Assigned Tools\nUse these tools through the `call_tool` function")
        .contains("### Web (logical_name: \"web\", type: ssh)")
        .contains("`web-1` (read-only)")
        .contains("call_tool(\"ssh.execute_command\", {\"command\": \"<command>\"}, instance=\"web\")");
  }

  @Test
  void enabledSkills_areTheEnabledNonSystemOnes_byName() {
    f.skills.create(new CreateSkill("zeta", "Last", null, null, null));
    f.skills.create(new CreateSkill("alpha", "First", null, null, null));
    f.skills.create(new CreateSkill("off", "Disabled", null, null, false));

    assertThat(f.library.enabledSkills())
        .containsExactly(new SkillSummary("alpha", "First"), new SkillSummary("zeta", "Last"));
  }

  @Test
  void skillDocument_isTheFullSkillMdOfAnEnabledSkill_systemSkillIncluded() {
    f.skills.create(new CreateSkill("db-admin", "DB", "db", "Look at [[hosts.md]].", null));
    f.skills.create(new CreateSkill("off", "x", null, null, false));

    assertThat(f.library.skillDocument(new SkillName("db-admin"))).contains(
        "---\nname: db-admin\ndescription: DB\nmetadata:\n  category: db\n---\n\nLook at [hosts.md](assets/hosts.md).\n");
    assertThat(f.library.skillDocument(SkillName.INCIDENT_MANAGER).orElseThrow())
        .startsWith("---\nname: incident-manager\n");
    assertThat(f.library.skillDocument(new SkillName("off"))).isEmpty();
    assertThat(f.library.skillDocument(new SkillName("nope"))).isEmpty();
  }

  @Test
  void scriptPath_isOnlyGivenForExistingScriptsOfEnabledSkills() {
    f.skills.create(new CreateSkill("db-admin", null, null, null, null));
    f.skills.create(new CreateSkill("off", null, null, null, false));
    f.scriptService.put("db-admin", "check.sh", "echo ok");
    f.scriptService.put("off", "check.sh", "echo ok");
    ScriptFileName check = new ScriptFileName("check.sh");

    assertThat(f.library.scriptPath(new SkillName("db-admin"), check))
        .contains(Path.of("/data/skills/db-admin/scripts/check.sh"));
    assertThat(f.library.scriptPath(new SkillName("db-admin"), new ScriptFileName("other.sh"))).isEmpty();
    assertThat(f.library.scriptPath(new SkillName("off"), check)).isEmpty();
    assertThat(f.library.scriptPath(new SkillName("nope"), check)).isEmpty();
  }
}
