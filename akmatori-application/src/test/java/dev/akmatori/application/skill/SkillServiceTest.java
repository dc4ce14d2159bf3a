package dev.akmatori.application.skill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.application.context.InMemoryContextFileStore;
import dev.akmatori.application.tool.ToolInstanceDetails;
import dev.akmatori.application.tool.UpdateToolInstance;
import dev.akmatori.domain.shared.ConflictException;
import dev.akmatori.domain.shared.ForbiddenException;
import dev.akmatori.domain.shared.NotFoundException;
import dev.akmatori.domain.shared.ValidationException;
import dev.akmatori.domain.skill.Skill;
import dev.akmatori.domain.skill.SkillName;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SkillServiceTest {
  private final SkillFixture f = SkillFixture.inMemory();
  private final InMemorySkillDirectories disk = (InMemorySkillDirectories) f.files;
  private final InMemorySkillRepository rows = (InMemorySkillRepository) f.repository();

  private SkillDetails create(String name) {
    return f.skills.create(new CreateSkill(name, "About " + name, "ops", "Do " + name + ".", null));
  }

  private String document(String name) {
    return disk.directory(name).orElseThrow().document().orElseThrow();
  }

  @Test
  void create_storesTheRow_andWritesSkillMdFromIt() {
    SkillDetails created = f.skills.create(new CreateSkill("db-admin", "Checks: disk", "databases", "Look.", null));

    Skill skill = created.skill();
    assertThat(skill.enabled()).isTrue();
    assertThat(skill.system()).isFalse();
    assertThat(created.tools()).isEmpty();
    assertThat(document("db-admin")).isEqualTo(
        "---\nname: db-admin\ndescription: \"Checks: disk\"\nmetadata:\n  category: databases\n---\n\nLook.\n");
    assertThat(f.skills.get("db-admin")).isEqualTo(created);
  }

  @Test
  void create_defaultsEverythingButTheName() {
    Skill skill = f.skills.create(new CreateSkill("bare", null, null, null, null)).skill();

    assertThat(skill.description()).isEmpty();
    assertThat(skill.category()).isEmpty();
    assertThat(skill.prompt()).isEmpty();
    assertThat(skill.enabled()).isTrue();
    assertThat(document("bare")).isEqualTo("---\nname: bare\ndescription: \"\"\n---\n\n\n");
  }

  @Test
  void createCommand_reportsEveryBrokenField() {
    assertThatThrownBy(() -> new CreateSkill("Bad_Name", "d".repeat(1025), "c".repeat(65), null, null))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.details())
            .containsEntry("name", "must be kebab-case (e.g. 'zabbix-analyst', 'db-admin')")
            .containsEntry("description", "must be at most 1024 characters")
            .containsEntry("category", "must be at most 64 characters"));
    assertThatThrownBy(() -> new CreateSkill(null, null, null, null, null))
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.details()).containsEntry("name", "is required"));
  }

  @Test
  void create_aNameTakenInTheDatabase_orOnDisk_isAConflict_andTouchesNothing() {
    create("taken");
    disk.putDirectory("stray", "hand-made");

    assertThatThrownBy(() -> create("taken"))
        .isInstanceOf(ConflictException.class).hasMessage("Skill 'taken' already exists");
    assertThatThrownBy(() -> create("stray"))
        .isInstanceOf(ConflictException.class).hasMessage("Skill 'stray' already exists");
    assertThat(disk.directory("stray").orElseThrow().document()).contains("hand-made");
    assertThat(f.repository().find(new SkillName("stray"))).isEmpty();
  }

  @Test
  void create_whoseInsertFails_leavesNoDirectory() {
    rows.failNextWrite(new IllegalStateException("database down"));

    assertThatThrownBy(() -> create("doomed")).hasMessage("database down");
    assertThat(disk.directory("doomed")).isEmpty();
  }

  @Test
  void create_whoseFilesFail_leavesNeitherRowNorDirectory() {
    disk.failNextWrite(new UncheckedIOException(new IOException("disk full")));

    assertThatThrownBy(() -> create("doomed")).isInstanceOf(UncheckedIOException.class);
    assertThat(disk.directory("doomed")).isEmpty();
    assertThat(f.repository().find(new SkillName("doomed"))).isEmpty();
  }

  @Test
  void unknownAndMalformedNames_areNotFound_onEveryOperation() {
    for (String name : List.of("nope", "Bad_Name", "", "../etc")) {
      assertThatThrownBy(() -> f.skills.get(name)).isInstanceOf(NotFoundException.class).hasMessage("Skill not found");
      assertThatThrownBy(() -> f.skills.update(name, new UpdateSkill("x", null, null, null)))
          .isInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> f.skills.delete(name)).isInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> f.skills.prompt(name)).isInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> f.skills.setPrompt(name, "x")).isInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> f.skills.tools(name)).isInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> f.skills.setTools(name, List.of())).isInstanceOf(NotFoundException.class);
    }
  }

  @Test
  void update_isPartial_bumpsUpdatedAt_andRewritesTheFrontMatter() {
    create("db-admin");
    f.clock.advance(Duration.ofMinutes(1));

    Skill updated = f.skills.update("db-admin", new UpdateSkill("New words", null, false, null)).skill();

    assertThat(updated.description()).isEqualTo("New words");
    assertThat(updated.category()).isEqualTo("ops");
    assertThat(updated.prompt()).isEqualTo("Do db-admin.");
    assertThat(updated.enabled()).isFalse();
    assertThat(updated.updatedAt()).isAfter(updated.createdAt());
    assertThat(document("db-admin")).startsWith("---\nname: db-admin\ndescription: New words\nmetadata:\n  category: ops\n");
  }

  @Test
  void update_whoseFilesFail_putsTheOldRowBack() {
    Skill before = create("db-admin").skill();
    String documentBefore = document("db-admin");
    f.clock.advance(Duration.ofMinutes(1));
    disk.failNextWrite(new UncheckedIOException(new IOException("disk full")));

    assertThatThrownBy(() -> f.skills.update("db-admin", new UpdateSkill("changed", "x", null, "new")))
        .isInstanceOf(UncheckedIOException.class);

    assertThat(f.repository().find(before.name())).contains(before);
    assertThat(document("db-admin")).isEqualTo(documentBefore);
  }

  @Test
  void theSystemSkill_isSeeded_andGuarded() {
    Skill root = f.skills.get("incident-manager").skill();
    assertThat(root.system()).isTrue();
    assertThat(root.category()).isEqualTo("system");

    assertThatThrownBy(() -> f.skills.delete("incident-manager"))
        .isInstanceOf(ForbiddenException.class).hasMessage("Cannot delete system skill: incident-manager");
    assertThatThrownBy(() -> f.skills.update("incident-manager", new UpdateSkill(null, null, false, null)))
        .isInstanceOf(ForbiddenException.class).hasMessage("System skill 'incident-manager' cannot be disabled");
    assertThatThrownBy(() -> f.skills.update("incident-manager", new UpdateSkill(null, "ops", null, null)))
        .isInstanceOf(ForbiddenException.class)
        .hasMessage("System skill 'incident-manager' cannot change category");

    Skill edited = f.skills.update("incident-manager", new UpdateSkill("Mine", "system", true, "Be brief.")).skill();
    assertThat(edited.prompt()).isEqualTo("Be brief.");
    assertThat(document("incident-manager")).contains("description: Mine").contains("\n\nBe brief.\n");
  }

  @Test
  void delete_removesRowAndDirectory_andTheNameIsFreeAgain() {
    create("gone");

    f.skills.delete("gone");

    assertThat(disk.directory("gone")).isEmpty();
    assertThatThrownBy(() -> f.skills.get("gone")).isInstanceOf(NotFoundException.class);
    assertThat(create("gone").skill().name().value()).isEqualTo("gone");
  }

  @Test
  void delete_whoseRowCannotBeDeleted_putsTheDirectoryBack() {
    create("kept");
    f.scripts.write(new SkillName("kept"), new dev.akmatori.domain.skill.ScriptFileName("a.sh"), "echo");
    rows.failNextWrite(new IllegalStateException("database down"));

    assertThatThrownBy(() -> f.skills.delete("kept")).hasMessage("database down");

    assertThat(disk.directory("kept")).isPresent();
    assertThat(f.scripts.list(new SkillName("kept"))).containsExactly("a.sh");
    assertThat(f.skills.get("kept")).isNotNull();
  }

  @Test
  void setPrompt_convertsReferences_linksExistingContextFiles_andSkipsMissingOnes() {
    ((InMemoryContextFileStore) f.context).put("hosts.md", new byte[] {1});
    create("db-admin");

    f.skills.setPrompt("db-admin", "Read [[hosts.md]] and [[gone.md]] and [x](assets/hosts.md).");

    String stored = f.skills.prompt("db-admin");
    assertThat(stored).isEqualTo(
        "Read [hosts.md](assets/hosts.md) and [gone.md](assets/gone.md) and [x](assets/hosts.md).");
    assertThat(document("db-admin")).endsWith("\n\n" + stored + "\n");
    assertThat(disk.directory("db-admin").orElseThrow().assets())
        .containsExactly(Map.entry("hosts.md", InMemoryContextFileStore.DIRECTORY.resolve("hosts.md")));

    f.skills.setPrompt("db-admin", "");
    assertThat(disk.directory("db-admin").orElseThrow().assets()).isEmpty();
    assertThat(f.skills.prompt("db-admin")).isEmpty();
  }

  @Test
  void setTools_replacesTheSetCollapsingDuplicates_andWritesTheToolsSection() {
    long zabbix = f.tool("zabbix", "Prod Zabbix", Map.of("zabbix_url", "https://z.example.com"), true);
    long off = f.tool("zabbix", "Old Zabbix", Map.of("zabbix_url", "https://o.example.com"), false);
    create("db-admin");

    SkillDetails details = f.skills.setTools("db-admin", List.of(off, zabbix, off));

    assertThat(details.tools()).extracting(d -> d.instance().id().value()).containsExactly(zabbix, off);
    assertThat(f.skills.tools("db-admin")).extracting(d -> d.instance().id().value()).containsExactly(zabbix, off);
    assertThat(document("db-admin"))
        .contains("\n\n## Assigned Tools\n")
        .contains("### Prod Zabbix (logical_name: \"prod-zabbix\", type: zabbix)")
        .doesNotContain("Old Zabbix");

    f.skills.setTools("db-admin", List.of());
    assertThat(document("db-admin")).doesNotContain("## Assigned Tools");
  }

  @Test
  void setTools_withUnknownIds_namesThem_andChangesNothing() {
    long zabbix = f.tool("zabbix", "Prod Zabbix", Map.of("zabbix_url", "https://z.example.com"), true);
    create("db-admin");
    f.skills.setTools("db-admin", List.of(zabbix));

    assertThatThrownBy(() -> f.skills.setTools("db-admin", List.of(9L, zabbix, 7L, 9L)))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.details())
            .containsExactly(Map.entry("tool_instance_ids", "unknown tool instance id(s): 7, 9")));
    assertThat(f.skills.tools("db-admin")).extracting(d -> d.instance().id().value()).containsExactly(zabbix);
  }

  @Test
  void setTools_whoseFilesFail_putsTheOldAssignmentsBack() {
    long zabbix = f.tool("zabbix", "Prod Zabbix", Map.of("zabbix_url", "https://z.example.com"), true);
    Skill before = create("db-admin").skill();
    disk.failNextWrite(new UncheckedIOException(new IOException("disk full")));

    assertThatThrownBy(() -> f.skills.setTools("db-admin", List.of(zabbix))).isInstanceOf(UncheckedIOException.class);

    assertThat(f.repository().find(before.name())).contains(before);
    assertThat(document("db-admin")).doesNotContain("## Assigned Tools");
  }

  @Test
  void updatingOrDeletingAnAssignedToolInstance_regeneratesSkillMd() {
    long zabbix = f.tool("zabbix", "Prod Zabbix", Map.of("zabbix_url", "https://z.example.com"), true);
    create("db-admin");
    create("other");
    f.skills.setTools("db-admin", List.of(zabbix));

    f.tools.update(f.toolId(zabbix), new UpdateToolInstance("Main Zabbix", "", null, null));
    assertThat(document("db-admin")).contains("### Main Zabbix (logical_name: \"main-zabbix\", type: zabbix)");

    f.tools.update(f.toolId(zabbix), new UpdateToolInstance(null, null, null, false));
    assertThat(document("db-admin")).doesNotContain("## Assigned Tools");

    f.tools.update(f.toolId(zabbix), new UpdateToolInstance(null, null, null, true));
    assertThat(document("db-admin")).contains("### Main Zabbix");

    f.tools.delete(f.toolId(zabbix));
    assertThat(document("db-admin")).doesNotContain("## Assigned Tools").doesNotContain("Main Zabbix");
    assertThat(f.skills.get("db-admin").tools()).isEmpty();
    assertThat(document("other")).doesNotContain("## Assigned Tools");
  }

  @Test
  void aChangedToolType_regeneratesTheSkillsHoldingItsInstances_only() {
    long zabbix = f.tool("zabbix", "Prod Zabbix", Map.of("zabbix_url", "https://z.example.com"), true);
    long ssh = f.tool("ssh", "Hosts", Map.of(), true);
    create("uses-zabbix");
    create("uses-ssh");
    f.skills.setTools("uses-zabbix", List.of(zabbix));
    f.skills.setTools("uses-ssh", List.of(ssh));
    disk.putDirectory("uses-zabbix", "stale");
    disk.putDirectory("uses-ssh", "stale");

    f.mirror.regenerateForToolType(f.tools.get(f.toolId(zabbix)).instance().type().id());

    assertThat(document("uses-zabbix")).contains("### Prod Zabbix");
    assertThat(document("uses-ssh")).isEqualTo("stale");
  }

  @Test
  void aDeletedContextFile_losesItsAssetLinks() {
    ((InMemoryContextFileStore) f.context).put("hosts.md", new byte[] {1});
    create("db-admin");
    f.skills.setPrompt("db-admin", "Read [[hosts.md]].");

    f.follower.deleted("hosts.md");

    assertThat(disk.directory("db-admin").orElseThrow().assets()).isEmpty();
  }

  @Test
  void list_isOrderedByName_withTheToolsOfEachSkill() {
    long zabbix = f.tool("zabbix", "Prod Zabbix", Map.of("zabbix_url", "https://z.example.com"), true);
    create("zeta");
    create("alpha");
    f.skills.setTools("zeta", List.of(zabbix));

    List<SkillDetails> all = f.skills.list();

    assertThat(all).extracting(d -> d.skill().name().value()).containsExactly("alpha", "incident-manager", "zeta");
    assertThat(all.get(2).tools()).extracting(ToolInstanceDetails::instance).extracting(i -> i.name())
        .containsExactly("Prod Zabbix");
  }

  @Test
  void startupRegeneration_rebuildsAMissingDirectoryFromTheRow() {
    create("db-admin");
    disk.removeDirectory("db-admin");

    f.mirror.regenerateAll();

    assertThat(document("db-admin")).startsWith("---\nname: db-admin\n").endsWith("\n\nDo db-admin.\n");
  }
}
