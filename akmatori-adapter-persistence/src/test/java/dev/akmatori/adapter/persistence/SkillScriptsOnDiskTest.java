package dev.akmatori.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.application.skill.CreateSkill;
import dev.akmatori.application.skill.ManageSkillScripts;
import dev.akmatori.application.skill.ScriptFile;
import dev.akmatori.application.skill.SkillFixture;
import dev.akmatori.application.skill.SkillStores;
import dev.akmatori.application.testing.MutableClock;
import dev.akmatori.domain.shared.BadRequestException;
import dev.akmatori.domain.shared.ValidationException;
import dev.akmatori.domain.skill.ScriptFileName;
import dev.akmatori.domain.skill.SkillName;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Skill scripts on a real data directory (contract §3.3.4), traversal attempts included. */
class SkillScriptsOnDiskTest {
  @TempDir Path dataDir;

  private final TestDatabase database = TestDatabases.h2();
  private SkillFixture f;
  private ManageSkillScripts scripts;
  private Path outside;

  @BeforeEach
  void setUp() throws IOException {
    Path skills = dataDir.resolve("skills");
    f = new SkillFixture(new SkillStores(database.adapter().skills(), ToolRepositories.of(database.adapter())),
        new FileSystemSkillFiles(skills), new FileSystemSkillScripts(skills),
        new FileSystemContextFileStore(dataDir.resolve("context")), new MutableClock(SkillFixture.START));
    f.skills.create(new CreateSkill("db-admin", null, null, null, null));
    scripts = f.scriptService;
    outside = Files.createDirectories(dataDir.resolve("outside"));
    Files.writeString(outside.resolve("secret.txt"), "do not touch");
  }

  @AfterEach
  void close() {
    database.close();
  }

  private Path scriptsDir() {
    return dataDir.resolve("skills").resolve("db-admin").resolve("scripts");
  }

  @Test
  void put_storesTheFileWithMode0644_andAnswersWhatWasStored() throws IOException {
    ScriptFile stored = scripts.put("db-admin", "check.sh", "#!/bin/sh\necho é\n");

    Path file = scriptsDir().resolve("check.sh");
    assertThat(Files.readString(file)).isEqualTo("#!/bin/sh\necho é\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r--r--");
    assertThat(stored.size()).isEqualTo(18);
    assertThat(stored.modifiedAt()).isEqualTo(Files.getLastModifiedTime(file).toInstant());
    assertThat(scripts.get("db-admin", "check.sh")).isEqualTo(stored);
    assertThat(TreeSnapshot.of(scriptsDir()).keySet()).containsExactly("", "check.sh");
  }

  @Test
  void put_recreatesAMissingScriptsDirectory() throws IOException {
    Files.delete(scriptsDir());

    scripts.put("db-admin", "a.py", "print(1)");

    assertThat(scripts.list("db-admin").scripts()).containsExactly("a.py");
  }

  @Test
  void list_showsRegularFilesOnlySorted_skippingDotFilesPycacheSubdirectoriesAndLinks() throws IOException {
    Files.writeString(scriptsDir().resolve("b.sh"), "b");
    Files.writeString(scriptsDir().resolve("a.py"), "a");
    Files.writeString(scriptsDir().resolve(".hidden.sh"), "h");
    Files.createDirectories(scriptsDir().resolve("__pycache__"));
    Files.createDirectories(scriptsDir().resolve("lib.d"));
    Files.createSymbolicLink(scriptsDir().resolve("link.sh"), scriptsDir().resolve("a.py"));

    ManageSkillScripts.ScriptListing listing = scripts.list("db-admin");

    assertThat(listing.scripts()).containsExactly("a.py", "b.sh");
    assertThat(listing.skillName()).isEqualTo("db-admin");
    assertThat(listing.scriptsDir()).isEqualTo(scriptsDir().toAbsolutePath().toString());
  }

  @Test
  void list_ofAMissingDirectory_isEmpty() throws IOException {
    Files.delete(scriptsDir());

    assertThat(scripts.list("db-admin").scripts()).isEmpty();
  }

  @Test
  void clear_deletesRegularFilesOnly_linksAndSubdirectoriesStay() throws IOException {
    Files.writeString(scriptsDir().resolve("a.sh"), "a");
    Files.writeString(scriptsDir().resolve(".env.sh"), "e");
    Files.createDirectories(scriptsDir().resolve("lib.d"));
    Files.createSymbolicLink(scriptsDir().resolve("out.sh"), outside.resolve("secret.txt"));

    scripts.clear("db-admin");

    assertThat(TreeSnapshot.of(scriptsDir()).keySet()).containsExactly("", "lib.d", "out.sh");
    assertThat(Files.readString(outside.resolve("secret.txt"))).isEqualTo("do not touch");
  }

  @ParameterizedTest
  @ValueSource(strings = {"..", "../secret.txt", "../../outside/secret.txt", "%2e%2e%2fsecret.txt",
      "..%2Fsecret.txt", "/etc/passwd", "a\\b.sh", "..\\secret.txt", "scripts/../a.sh", ".", ""})
  void traversalAttempts_areRefused_andTouchNothing(String filename) {
    Map<String, String> before = TreeSnapshot.of(dataDir);

    for (Runnable attempt : List.<Runnable>of(
        () -> scripts.get("db-admin", filename),
        () -> scripts.put("db-admin", filename, "pwned"),
        () -> scripts.delete("db-admin", filename))) {
      assertThatThrownBy(attempt::run).isInstanceOfSatisfying(ValidationException.class,
          e -> assertThat(e.details()).containsExactly(Map.entry("filename", "invalid filename")));
    }
    assertThat(TreeSnapshot.of(dataDir)).isEqualTo(before);
  }

  @Test
  void aScriptLinkPointingOutOfScripts_isRefused_andTouchesNothing() throws IOException {
    Files.createSymbolicLink(scriptsDir().resolve("evil.sh"), outside.resolve("secret.txt"));
    Files.createSymbolicLink(scriptsDir().resolve("dangling.sh"), outside.resolve("not-yet.txt"));
    Map<String, String> before = TreeSnapshot.of(dataDir);

    for (String name : List.of("evil.sh", "dangling.sh")) {
      assertThatThrownBy(() -> scripts.get("db-admin", name)).isInstanceOf(BadRequestException.class);
      assertThatThrownBy(() -> scripts.put("db-admin", name, "pwned")).isInstanceOf(BadRequestException.class);
      assertThatThrownBy(() -> scripts.delete("db-admin", name)).isInstanceOf(BadRequestException.class);
    }
    assertThat(f.library.scriptPath(new SkillName("db-admin"), new ScriptFileName("evil.sh"))).isEmpty();
    assertThat(TreeSnapshot.of(dataDir)).isEqualTo(before);
    assertThat(outside.resolve("not-yet.txt")).doesNotExist();
  }

  @Test
  void aScriptsDirectoryThatIsALinkOut_isRefusedOnEveryRoute_andTouchesNothing() throws IOException {
    Files.delete(scriptsDir());
    Files.createSymbolicLink(scriptsDir(), outside);
    Map<String, String> before = TreeSnapshot.of(dataDir);

    assertThatThrownBy(() -> scripts.list("db-admin")).isInstanceOf(BadRequestException.class);
    assertThatThrownBy(() -> scripts.clear("db-admin")).isInstanceOf(BadRequestException.class);
    assertThatThrownBy(() -> scripts.get("db-admin", "secret.txt")).isInstanceOf(BadRequestException.class);
    assertThatThrownBy(() -> scripts.put("db-admin", "new.sh", "x")).isInstanceOf(BadRequestException.class);
    assertThatThrownBy(() -> scripts.delete("db-admin", "secret.txt")).isInstanceOf(BadRequestException.class);

    assertThat(TreeSnapshot.of(dataDir)).isEqualTo(before);
  }

  @Test
  void aLinkInsideScripts_isFollowedForReading_andTheAgentGetsItsRealPath() throws IOException {
    Files.writeString(scriptsDir().resolve("real.sh"), "echo real");
    Files.createSymbolicLink(scriptsDir().resolve("alias.sh"), Path.of("real.sh"));

    assertThat(scripts.get("db-admin", "alias.sh").content()).isEqualTo("echo real");
    assertThat(f.library.scriptPath(new SkillName("db-admin"), new ScriptFileName("alias.sh")))
        .contains(scriptsDir().resolve("real.sh").toRealPath());
  }

  @Test
  void aDirectoryWithAScriptsName_isNoScript() throws IOException {
    Files.createDirectories(scriptsDir().resolve("dir.sh"));

    assertThatThrownBy(() -> scripts.get("db-admin", "dir.sh")).hasMessage("Script not found");
    assertThatThrownBy(() -> scripts.delete("db-admin", "dir.sh")).hasMessage("Script not found");
    assertThatThrownBy(() -> scripts.put("db-admin", "dir.sh", "x")).hasMessageContaining("is a directory");
    assertThat(scriptsDir().resolve("dir.sh")).isEmptyDirectory();
  }
}
