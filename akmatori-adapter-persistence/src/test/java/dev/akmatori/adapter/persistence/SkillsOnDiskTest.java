package dev.akmatori.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.application.skill.CreateSkill;
import dev.akmatori.application.skill.SkillFixture;
import dev.akmatori.application.skill.SkillStores;
import dev.akmatori.application.skill.SyncReport;
import dev.akmatori.application.skill.UpdateSkill;
import dev.akmatori.application.testing.MutableClock;
import dev.akmatori.application.tool.UpdateToolInstance;
import dev.akmatori.domain.skill.Skill;
import dev.akmatori.domain.skill.SkillName;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The skills feature on H2 and a real data directory: the database and {@code skills/<name>/}
 * (SKILL.md, {@code scripts/}, {@code assets/}) agree after every call, failed ones included.
 */
class SkillsOnDiskTest {
  @TempDir Path dataDir;

  private final TestDatabase database = TestDatabases.h2();
  private FailingSkillRepository rows;
  private FileSystemContextFileStore context;
  private SkillFixture f;

  private SkillFixture fixture() {
    if (f == null) {
      rows = new FailingSkillRepository(database.adapter().skills());
      context = new FileSystemContextFileStore(dataDir.resolve("context"));
      Path skills = dataDir.resolve("skills");
      f = new SkillFixture(new SkillStores(rows, ToolRepositories.of(database.adapter())),
          new FileSystemSkillFiles(skills), new FileSystemSkillScripts(skills), context,
          new MutableClock(SkillFixture.START));
    }
    return f;
  }

  @AfterEach
  void close() {
    database.close();
  }

  private Path skill(String name) {
    return dataDir.resolve("skills").resolve(name);
  }

  private String document(String name) throws IOException {
    return Files.readString(skill(name).resolve("SKILL.md"));
  }

  private void create(String name, String prompt) {
    fixture().skills.create(new CreateSkill(name, "About " + name, "ops", prompt, null));
  }

  @Test
  void create_makesTheDirectoryLayout_andSkillMdMirrorsTheRow() throws IOException {
    create("db-admin", "Check the disks.");

    assertThat(skill("db-admin").resolve("scripts")).isEmptyDirectory();
    assertThat(skill("db-admin").resolve("assets")).isEmptyDirectory();
    assertThat(document("db-admin")).isEqualTo(
        "---\nname: db-admin\ndescription: About db-admin\nmetadata:\n  category: ops\n---\n\nCheck the disks.\n");
    assertThat(document("incident-manager")).startsWith("---\nname: incident-manager\n");
  }

  @Test
  void assets_linkReferencedContextFiles_dropStaleLinks_andSkipMissingOnes() throws IOException {
    fixture();
    Files.writeString(dataDir.resolve("context").resolve("hosts.md"), "web-1");
    Files.writeString(dataDir.resolve("context").resolve("db.md"), "pg");
    create("db-admin", "See [[hosts.md]], [[db.md]] and [[missing.md]].");
    Path assets = skill("db-admin").resolve("assets");

    assertThat(Files.readSymbolicLink(assets.resolve("hosts.md")))
        .isEqualTo(dataDir.resolve("context").resolve("hosts.md").toAbsolutePath());
    assertThat(Files.readString(assets.resolve("db.md"))).isEqualTo("pg");
    assertThat(assets.resolve("missing.md")).doesNotExist();

    f.skills.setPrompt("db-admin", "Only [[db.md]] now.");
    assertThat(TreeSnapshot.of(assets).keySet()).containsExactly("", "db.md");

    f.follower.deleted("db.md");
    assertThat(assets).isEmptyDirectory();
  }

  @Test
  void delete_removesTheWholeDirectory_andLeavesNothingAside() throws IOException {
    create("gone", "x");
    Files.writeString(skill("gone").resolve("scripts").resolve("a.sh"), "echo");

    f.skills.delete("gone");

    assertThat(skill("gone")).doesNotExist();
    assertThat(f.repository().find(new SkillName("gone"))).isEmpty();
    assertThat(TreeSnapshot.of(dataDir.resolve("skills")).keySet()).allMatch(p -> !p.contains(".deleting-"));
  }

  @Test
  void aDatabaseFailureAfterTheDirectoryWasCreated_leavesNoDirectory() {
    fixture();
    rows.failNextWrite(new IllegalStateException("database down"));

    assertThatThrownBy(() -> create("doomed", "x")).hasMessage("database down");

    assertThat(skill("doomed")).doesNotExist();
    assertThat(f.repository().find(new SkillName("doomed"))).isEmpty();
  }

  @Test
  void aFileFailure_rollsTheRowBack() throws IOException {
    create("db-admin", "old prompt");
    Skill before = f.repository().find(new SkillName("db-admin")).orElseThrow();
    Path skillMd = skill("db-admin").resolve("SKILL.md");
    Files.delete(skillMd);
    Files.createDirectories(skillMd.resolve("blocker"));

    assertThatThrownBy(() -> f.skills.update("db-admin", new UpdateSkill("new", null, null, "new prompt")))
        .isInstanceOf(UncheckedIOException.class);

    assertThat(f.repository().find(new SkillName("db-admin"))).contains(before);
  }

  @Test
  void aDatabaseFailureOnDelete_putsTheDirectoryBackWithItsScripts() throws IOException {
    create("kept", "x");
    Files.writeString(skill("kept").resolve("scripts").resolve("a.sh"), "echo");
    Map<String, String> before = TreeSnapshot.of(dataDir.resolve("skills"));
    rows.failNextWrite(new IllegalStateException("database down"));

    assertThatThrownBy(() -> f.skills.delete("kept")).hasMessage("database down");

    assertThat(TreeSnapshot.of(dataDir.resolve("skills"))).isEqualTo(before);
    assertThat(f.repository().find(new SkillName("kept"))).isPresent();
  }

  @Test
  void aDirectoryOnDiskWithoutRow_blocksCreate_andSyncImportsIt_leavingScriptsAndAssetsAlone()
      throws IOException {
    fixture();
    Path hand = skill("hand-made");
    Files.createDirectories(hand.resolve("scripts"));
    Files.writeString(hand.resolve("scripts").resolve("run.py"), "print(1)");
    Files.createDirectories(hand.resolve("assets"));
    Files.writeString(hand.resolve("assets").resolve("stale.md"), "kept");
    Files.writeString(hand.resolve("SKILL.md"), "---\ndescription: Hand made\n---\n\nDo it by hand.\n");
    Files.createDirectories(skill("No_Good"));
    Files.createDirectories(skill("empty"));
    Files.createDirectories(skill(".hidden"));

    assertThatThrownBy(() -> create("hand-made", "x")).hasMessage("Skill 'hand-made' already exists");
    SyncReport report = f.skills.sync();

    assertThat(report.imported()).containsExactly("hand-made");
    assertThat(report.skipped()).containsExactly(
        new SyncReport.Skipped("No_Good", "invalid skill name"), new SyncReport.Skipped("empty", "missing SKILL.md"));
    assertThat(f.skills.prompt("hand-made")).isEqualTo("Do it by hand.");
    assertThat(document("hand-made")).isEqualTo("---\nname: hand-made\ndescription: Hand made\n---\n\nDo it by hand.\n");
    assertThat(Files.readString(hand.resolve("scripts").resolve("run.py"))).isEqualTo("print(1)");
    assertThat(Files.readString(hand.resolve("assets").resolve("stale.md"))).isEqualTo("kept");
  }

  @Test
  void startupRegeneration_rebuildsMissingDirectoriesAndFilesFromTheRows() throws IOException {
    create("db-admin", "Check.");
    FileTrees.delete(skill("db-admin"));
    Files.delete(skill("incident-manager").resolve("SKILL.md"));

    f.mirror.regenerateAll();

    assertThat(document("db-admin")).endsWith("\n\nCheck.\n");
    assertThat(skill("db-admin").resolve("scripts")).isEmptyDirectory();
    assertThat(skill("db-admin").resolve("assets")).isEmptyDirectory();
    assertThat(document("incident-manager")).startsWith("---\nname: incident-manager\n");
  }

  @Test
  void toolInstanceChanges_regenerateSkillMdOnDisk() throws IOException {
    create("db-admin", "x");
    long zabbix = f.tool("zabbix", "Prod Zabbix", Map.of("zabbix_url", "https://z.example.com"), true);
    f.skills.setTools("db-admin", List.of(zabbix));
    assertThat(document("db-admin")).contains("### Prod Zabbix (logical_name: \"prod-zabbix\", type: zabbix)");

    f.tools.update(f.toolId(zabbix), new UpdateToolInstance("Main", "", null, null));
    assertThat(document("db-admin")).contains("### Main (logical_name: \"main\", type: zabbix)");

    f.tools.delete(f.toolId(zabbix));
    assertThat(document("db-admin")).doesNotContain("## Assigned Tools");
  }
}
