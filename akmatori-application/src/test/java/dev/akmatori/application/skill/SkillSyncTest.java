package dev.akmatori.application.skill;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.domain.skill.Skill;
import dev.akmatori.domain.skill.SkillName;
import java.util.List;
import org.junit.jupiter.api.Test;

class SkillSyncTest {
  private final SkillFixture f = SkillFixture.inMemory();
  private final InMemorySkillDirectories disk = (InMemorySkillDirectories) f.files;

  @Test
  void importsDirectoriesWithoutARow_andSkipsTheRestWithTheirReasons_bothSorted() {
    disk.putDirectory("zabbix-analyst",
        "---\nname: ignored\ndescription: \"Zabbix: triage\"\nmetadata:\n  category: monitoring\n---\n\n"
            + "Check [[hosts.md]].\n\n## Assigned Tools\nold generated text\n");
    disk.putDirectory("a-first", "---\ndescription: first\n---\nBody\n");
    disk.putDirectory("Bad_Name", "---\ndescription: x\n---\n");
    disk.putDirectory("no-doc", null);
    disk.putDirectory("broken", "no front matter at all\n");
    disk.putDirectory("bad-yaml", "---\ndescription: [unclosed\n---\nBody\n");

    SyncReport report = f.skills.sync();

    assertThat(report.imported()).containsExactly("a-first", "zabbix-analyst");
    assertThat(report.skipped()).containsExactly(
        new SyncReport.Skipped("Bad_Name", "invalid skill name"),
        new SyncReport.Skipped("bad-yaml", "invalid SKILL.md front matter"),
        new SyncReport.Skipped("broken", "invalid SKILL.md front matter"),
        new SyncReport.Skipped("no-doc", "missing SKILL.md"));
    Skill imported = f.skills.get("zabbix-analyst").skill();
    assertThat(imported.description()).isEqualTo("Zabbix: triage");
    assertThat(imported.category()).isEqualTo("monitoring");
    assertThat(imported.prompt()).isEqualTo("Check [[hosts.md]].");
    assertThat(imported.enabled()).isTrue();
    assertThat(imported.system()).isFalse();
    assertThat(imported.toolInstanceIds()).isEmpty();
    assertThat(disk.directory("zabbix-analyst").orElseThrow().document().orElseThrow())
        .isEqualTo("---\nname: zabbix-analyst\ndescription: \"Zabbix: triage\"\nmetadata:\n  category: monitoring\n"
            + "---\n\nCheck [hosts.md](assets/hosts.md).\n");
  }

  @Test
  void existingSkills_areNeverModified_andASecondSyncImportsNothing() {
    f.skills.create(new CreateSkill("db-admin", "stored", "", "stored prompt", null));
    disk.putDirectory("db-admin", "---\ndescription: from disk\n---\nother prompt\n");
    disk.putDirectory("fresh", "---\ndescription: d\n---\np\n");

    SyncReport first = f.skills.sync();
    SyncReport second = f.skills.sync();

    assertThat(first.imported()).containsExactly("fresh");
    assertThat(first.skipped()).isEmpty();
    assertThat(second.imported()).isEmpty();
    assertThat(second.skipped()).isEmpty();
    assertThat(f.skills.get("db-admin").skill().description()).isEqualTo("stored");
    assertThat(f.skills.prompt("db-admin")).isEqualTo("stored prompt");
  }

  @Test
  void overLongFrontMatterValues_areCutToTheirLimits() {
    disk.putDirectory("long", "---\ndescription: " + "d".repeat(2000) + "\nmetadata:\n  category: "
        + "c".repeat(100) + "\n---\n");

    f.skills.sync();

    Skill skill = f.skills.get("long").skill();
    assertThat(skill.description()).hasSize(1024);
    assertThat(skill.category()).hasSize(64);
  }

  @Test
  void anImportWhoseSkillMdCannotBeWritten_isRolledBack() {
    disk.putDirectory("fresh", "---\ndescription: d\n---\np\n");
    disk.failNextWrite(new IllegalStateException("disk full"));

    org.assertj.core.api.Assertions.assertThatThrownBy(f.skills::sync).hasMessage("disk full");

    assertThat(f.repository().find(new SkillName("fresh"))).isEmpty();
    assertThat(f.repository().list()).extracting(s -> s.name().value()).isEqualTo(List.of("incident-manager"));
  }
}
