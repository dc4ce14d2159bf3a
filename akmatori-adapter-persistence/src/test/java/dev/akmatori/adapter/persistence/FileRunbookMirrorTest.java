package dev.akmatori.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.domain.runbook.Runbook;
import dev.akmatori.domain.runbook.RunbookId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileRunbookMirrorTest {
  private static final Instant T0 = Instant.parse("2026-05-06T09:30:12Z");
  private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2001-01-01T00:00:00Z"));

  @TempDir Path dataDir;

  @Test
  void constructor_createsTheDirectory() {
    Path dir = dataDir.resolve("runbooks/nested");

    new FileRunbookMirror(dir);

    assertThat(dir).isDirectory();
  }

  @Test
  void sync_writesOneFilePerRunbook_namedAndFilledByTheDomainRules() throws IOException {
    Path dir = dataDir.resolve("runbooks");
    Runbook disk = runbook(1, "Disk Full!", "Free space.");
    Runbook emoji = runbook(22, "🚀", "Launch — ok\n");

    new FileRunbookMirror(dir).sync(List.of(disk, emoji));

    assertThat(fileNames(dir)).containsExactlyInAnyOrder("1-disk-full.md", "22-runbook.md");
    assertThat(dir.resolve("1-disk-full.md")).hasContent("# Disk Full!\n\nFree space.\n");
    assertThat(Files.readString(dir.resolve("22-runbook.md"), StandardCharsets.UTF_8))
        .isEqualTo(emoji.fileContent());
  }

  @Test
  void sync_removesFilesOfDeletedAndRenamedRunbooks_butLeavesOtherFilesAlone() throws IOException {
    Path dir = dataDir.resolve("runbooks");
    FileRunbookMirror mirror = new FileRunbookMirror(dir);
    mirror.sync(List.of(runbook(1, "Old title", "x"), runbook(2, "Gone", "y")));
    Files.writeString(dir.resolve("notes.txt"), "keep me");
    Files.writeString(dir.resolve("99-hand-made.md"), "stale");

    mirror.sync(List.of(runbook(1, "New title", "x")));

    assertThat(fileNames(dir)).containsExactlyInAnyOrder("1-new-title.md", "notes.txt");
  }

  @Test
  void sync_leavesAnUnchangedFileUntouched_andRewritesAChangedOne() throws IOException {
    Path dir = dataDir.resolve("runbooks");
    FileRunbookMirror mirror = new FileRunbookMirror(dir);
    mirror.sync(List.of(runbook(1, "Same", "same"), runbook(2, "Edited", "before")));
    Files.setLastModifiedTime(dir.resolve("1-same.md"), LONG_AGO);
    Files.setLastModifiedTime(dir.resolve("2-edited.md"), LONG_AGO);

    mirror.sync(List.of(runbook(1, "Same", "same"), runbook(2, "Edited", "after")));

    assertThat(Files.getLastModifiedTime(dir.resolve("1-same.md"))).isEqualTo(LONG_AGO);
    assertThat(Files.getLastModifiedTime(dir.resolve("2-edited.md"))).isNotEqualTo(LONG_AGO);
    assertThat(dir.resolve("2-edited.md")).hasContent("# Edited\n\nafter\n");
  }

  @Test
  void sync_ofNothing_emptiesTheMirror_andLeavesNoTempFiles() throws IOException {
    Path dir = dataDir.resolve("runbooks");
    FileRunbookMirror mirror = new FileRunbookMirror(dir);
    mirror.sync(List.of(runbook(1, "a", "1"), runbook(2, "b", "2")));

    mirror.sync(List.of());

    assertThat(fileNames(dir)).isEmpty();
  }

  @Test
  void sync_neverDeletesADirectory_evenOneNamedLikeAMarkdownFile() throws IOException {
    Path dir = dataDir.resolve("runbooks");
    Files.createDirectories(dir.resolve("archive.md"));

    new FileRunbookMirror(dir).sync(List.of(runbook(1, "a", "1")));

    assertThat(dir.resolve("archive.md")).isDirectory();
    assertThat(fileNames(dir)).containsExactlyInAnyOrder("archive.md", "1-a.md");
  }

  private static Runbook runbook(long id, String title, String content) {
    return new Runbook(new RunbookId(id), title, content, T0, T0);
  }

  private static List<String> fileNames(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).toList();
    }
  }
}
