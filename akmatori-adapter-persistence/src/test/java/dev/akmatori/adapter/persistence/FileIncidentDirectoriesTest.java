package dev.akmatori.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.application.retention.DirectoryEntry;
import dev.akmatori.application.retention.WorkspaceRemovalException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workspace removal on a real file system: real paths, links, bytes (contract §3.10.5). */
class FileIncidentDirectoriesTest {
  @TempDir Path dataDir;
  private Path root;
  private Path outside;
  private FileIncidentDirectories dirs;

  @BeforeEach
  void setUp() throws IOException {
    root = dataDir.resolve("incidents");
    outside = Files.createDirectories(dataDir.resolve("elsewhere"));
    dirs = new FileIncidentDirectories(root);
  }

  private static String uuid() {
    return UUID.randomUUID().toString();
  }

  private static void write(Path file, int bytes) throws IOException {
    Files.createDirectories(file.getParent());
    Files.write(file, new byte[bytes]);
  }

  @Test
  void remove_deletesTheWholeWorkspace_andCountsTheBytesOfItsFiles() throws IOException {
    String name = uuid();
    Path ws = root.resolve(name);
    write(ws.resolve("AGENTS.md"), 100);
    write(ws.resolve("tool_outputs/ssh_1.json"), 2000);
    write(ws.resolve("a/b/c/deep.txt"), 7);
    Files.createDirectories(ws.resolve("empty"));

    assertThat(dirs.remove(name)).isEqualTo(2107);
    assertThat(ws).doesNotExist();
    assertThat(root).exists();
  }

  @Test
  void remove_ofAMissingEntry_freesNothing() {
    assertThat(dirs.remove(uuid())).isZero();
  }

  @Test
  void aWorkspaceLinkedOutsideTheRoot_isRefused_andNothingIsDeleted() throws IOException {
    String name = uuid();
    write(outside.resolve("precious.txt"), 50);
    Files.createSymbolicLink(root.resolve(name), outside);

    assertThatThrownBy(() -> dirs.remove(name))
        .isInstanceOfSatisfying(WorkspaceRemovalException.class, e -> assertThat(e.bytesFreed()).isZero())
        .hasMessageContaining("outside " + root.toRealPath());
    assertThat(outside.resolve("precious.txt")).exists();
    assertThat(Files.isSymbolicLink(root.resolve(name))).isTrue();
  }

  @Test
  void aWorkspaceUnderALinkedParent_isCheckedOnItsRealPath() throws IOException {
    Path realRoot = Files.createDirectories(dataDir.resolve("volume/incidents"));
    Path linkedRoot = dataDir.resolve("linked-incidents");
    Files.createSymbolicLink(linkedRoot, realRoot);
    String name = uuid();
    write(realRoot.resolve(name).resolve("AGENTS.md"), 10);

    assertThat(new FileIncidentDirectories(linkedRoot).remove(name)).isEqualTo(10);
    assertThat(realRoot.resolve(name)).doesNotExist();
  }

  @Test
  void aLinkInsideAWorkspace_isDeleted_butNotWhatItPointsTo() throws IOException {
    String name = uuid();
    Path ws = root.resolve(name);
    write(ws.resolve("own.txt"), 5);
    write(outside.resolve("precious.txt"), 50);
    Files.createSymbolicLink(ws.resolve("escape"), outside);
    Files.createSymbolicLink(ws.resolve("file-link"), outside.resolve("precious.txt"));

    assertThat(dirs.remove(name)).isEqualTo(5);
    assertThat(ws).doesNotExist();
    assertThat(outside.resolve("precious.txt")).hasSize(50);
  }

  @Test
  void aWorkspaceLinkedElsewhereInsideTheRoot_isDeletedThere_withTheLink() throws IOException {
    String name = uuid();
    Path store = root.resolve("store").resolve(name);
    write(store.resolve("AGENTS.md"), 12);
    Files.createSymbolicLink(root.resolve(name), store);

    assertThat(dirs.remove(name)).isEqualTo(12);
    assertThat(store).doesNotExist();
    assertThat(root.resolve(name)).doesNotExist();
    assertThat(Files.exists(root.resolve(name), LinkOption.NOFOLLOW_LINKS)).isFalse();
  }

  @Test
  void aWorkspaceLinkedToAnotherIncidentsWorkspace_isRefused() throws IOException {
    String name = uuid();
    String other = uuid();
    write(root.resolve(other).resolve("AGENTS.md"), 12);
    Files.createSymbolicLink(root.resolve(name), root.resolve(other));

    assertThatThrownBy(() -> dirs.remove(name)).isInstanceOf(WorkspaceRemovalException.class)
        .hasMessageContaining("another incident's workspace");
    assertThat(root.resolve(other).resolve("AGENTS.md")).exists();
  }

  @Test
  void aDanglingLink_isRefused() throws IOException {
    String name = uuid();
    Files.createSymbolicLink(root.resolve(name), outside.resolve("gone"));

    assertThatThrownBy(() -> dirs.remove(name)).isInstanceOf(WorkspaceRemovalException.class)
        .hasMessageContaining("does not resolve");
  }

  @Test
  void namesThatAreNotEntriesOfTheRoot_areRefused() {
    for (String bad : List.of("", "..", "../elsewhere", "a/b", ".")) {
      assertThatThrownBy(() -> dirs.remove(bad)).as(bad).isInstanceOf(WorkspaceRemovalException.class);
    }
    assertThat(outside).exists();
  }

  @Test
  void aFileThatCannotBeDeleted_keepsGoing_andReportsTheBytesFreed() throws IOException {
    Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "root may delete anything");
    String name = uuid();
    Path ws = root.resolve(name);
    write(ws.resolve("free.txt"), 30);
    write(ws.resolve("locked/stuck.txt"), 40);
    Files.setPosixFilePermissions(ws.resolve("locked"), PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      assertThatThrownBy(() -> dirs.remove(name))
          .isInstanceOfSatisfying(WorkspaceRemovalException.class, e -> assertThat(e.bytesFreed()).isEqualTo(30))
          .hasMessageContaining("cannot delete");
    } finally {
      Files.setPosixFilePermissions(ws.resolve("locked"), PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void list_showsDirectoriesAndLinksToThem_withTheirModificationTime_notFiles() throws IOException {
    String plain = uuid();
    Files.createDirectories(root.resolve(plain));
    Instant old = Instant.parse("2026-01-01T00:00:00Z");
    Files.setLastModifiedTime(root.resolve(plain), FileTime.from(old));
    Files.createDirectories(root.resolve("notes"));
    Files.createSymbolicLink(root.resolve("link"), outside);
    Files.createSymbolicLink(root.resolve("dangling"), outside.resolve("gone"));
    write(root.resolve(uuid()), 3);

    List<DirectoryEntry> entries;
    try (Stream<DirectoryEntry> listed = dirs.list()) {
      entries = listed.toList();
    }

    assertThat(entries).extracting(DirectoryEntry::name).containsExactlyInAnyOrder(plain, "notes", "link");
    assertThat(entries).filteredOn(e -> e.name().equals(plain)).singleElement()
        .extracting(DirectoryEntry::lastModified).isEqualTo(old);
  }
}
