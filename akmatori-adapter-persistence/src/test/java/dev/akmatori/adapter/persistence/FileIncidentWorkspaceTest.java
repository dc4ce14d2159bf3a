package dev.akmatori.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.application.investigation.IncidentWorkspace;
import dev.akmatori.application.investigation.WorkspaceException;
import dev.akmatori.domain.incident.IncidentId;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Incident workspaces on disk (contract §5.3, §5.4): layout, files, and paths that cannot escape. */
class FileIncidentWorkspaceTest {
  @TempDir Path dataDir;

  private final IncidentId id = new IncidentId(UUID.fromString("3f2b8c1e-1d2a-4b7e-9c0d-123456789abc"));
  private FileIncidentWorkspace workspace;
  private Path dir;

  @BeforeEach
  void create() {
    workspace = new FileIncidentWorkspace(dataDir.resolve("incidents"));
    dir = workspace.create(id, "# Incident Manager\n\nBe thorough.");
  }

  @Test
  void create_makesTheDirectoryWithAgentsMdAndToolOutputs_andIsIdempotent() throws Exception {
    assertThat(dir).isEqualTo(dataDir.resolve("incidents").resolve(id.toString()).toAbsolutePath());
    assertThat(dir).isAbsolute();
    assertThat(Files.readString(dir.resolve("AGENTS.md"))).isEqualTo("# Incident Manager\n\nBe thorough.");
    assertThat(dir.resolve("tool_outputs")).isDirectory();
    assertThat(workspace.create(id, "# Incident Manager\n\nBe thorough.")).isEqualTo(dir);
    assertThat(workspace.directory(id)).isEqualTo(dir);
  }

  @Test
  void write_thenRead_inCharacters_withOffsetAndLimit() {
    long size = workspace.write(id, "notes/findings.md", "héllo 🚀 world");

    assertThat(size).isEqualTo("héllo 🚀 world".getBytes(StandardCharsets.UTF_8).length);
    assertThat(workspace.read(id, "notes/findings.md", 0, 100)).isEqualTo("héllo 🚀 world");
    assertThat(workspace.read(id, "notes/findings.md", 6, 3)).isEqualTo("🚀 w");
    assertThat(workspace.read(id, "notes/findings.md", 500, 3)).isEmpty();
    assertThat(workspace.read(id, "./notes/findings.md", 0, 5)).isEqualTo("héllo");
  }

  @Test
  void pathsThatLeaveTheWorkspace_areRefused() {
    for (String bad : List.of("../secret", "notes/../../x", "/etc/passwd", "", "  ", "a/\0b", "..")) {
      assertThatThrownBy(() -> workspace.write(id, bad, "x")).as(bad).isInstanceOf(WorkspaceException.class);
      assertThatThrownBy(() -> workspace.read(id, bad, 0, 10)).as(bad).isInstanceOf(WorkspaceException.class);
    }
    assertThat(dataDir.resolve("incidents").resolve("secret")).doesNotExist();
  }

  @Test
  void symbolicLinksLeadingOut_areRefused_forReadingAndWriting() throws Exception {
    Path outside = Files.writeString(dataDir.resolve("encryption.key"), "top secret");
    Files.createSymbolicLink(dir.resolve("key"), outside);
    Files.createSymbolicLink(dir.resolve("up"), dataDir);

    assertThatThrownBy(() -> workspace.read(id, "key", 0, 100)).isInstanceOf(WorkspaceException.class);
    assertThatThrownBy(() -> workspace.write(id, "key", "overwritten")).isInstanceOf(WorkspaceException.class);
    assertThatThrownBy(() -> workspace.read(id, "up/encryption.key", 0, 100)).isInstanceOf(WorkspaceException.class);
    assertThatThrownBy(() -> workspace.write(id, "up/new/file.txt", "x")).isInstanceOf(WorkspaceException.class);
    assertThat(Files.readString(outside)).isEqualTo("top secret");
    assertThat(dataDir.resolve("new")).doesNotExist();
  }

  @Test
  void aSymbolicLinkInsideTheWorkspace_isFine() throws Exception {
    workspace.write(id, "real.txt", "inside");
    Files.createSymbolicLink(dir.resolve("alias.txt"), dir.resolve("real.txt"));

    assertThat(workspace.read(id, "alias.txt", 0, 100)).isEqualTo("inside");
  }

  @Test
  void readingAMissingFileOrADirectory_fails() {
    assertThatThrownBy(() -> workspace.read(id, "nothing.txt", 0, 10)).isInstanceOf(WorkspaceException.class).hasMessageContaining("not found");
    assertThatThrownBy(() -> workspace.read(id, "tool_outputs", 0, 10)).isInstanceOf(WorkspaceException.class);
    assertThatThrownBy(() -> workspace.read(id, "AGENTS.md", -1, 10)).isInstanceOf(WorkspaceException.class);
  }

  @Test
  void spilledToolOutput_goesToToolOutputs_withTheToolNameAndEpochMillis() throws Exception {
    Instant at = Instant.ofEpochMilli(1_746_523_812_481L);

    String first = workspace.spillToolOutput(id, "zabbix.get_problems", "{\"a\":1}", at);
    String second = workspace.spillToolOutput(id, "zabbix.get_problems", "{\"a\":2}", at);
    String odd = workspace.spillToolOutput(id, "../x y", "{}", at);

    assertThat(first).isEqualTo("tool_outputs/zabbix.get_problems_1746523812481.json");
    assertThat(Files.readString(dir.resolve(first))).isEqualTo("{\"a\":1}");
    assertThat(second).isNotEqualTo(first).startsWith("tool_outputs/zabbix.get_problems_1746523812481");
    assertThat(odd).isEqualTo("tool_outputs/tool.._x_y_1746523812481.json");
    assertThat(Files.exists(dir.resolve(odd))).isTrue();
  }

  @Test
  void transcript_isOneJsonLinePerEntry_appended() throws Exception {
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("kind", "request");
    request.put("text", "line one\nline two");
    workspace.appendTranscript(id, request);
    workspace.appendTranscript(id, Map.of("kind", "response"));

    assertThat(Files.readAllLines(dir.resolve("transcript.jsonl")))
        .containsExactly("{\"kind\":\"request\",\"text\":\"line one\\nline two\"}", "{\"kind\":\"response\"}");
  }

  @Test
  void openTranscript_appendsAfterWhatIsThere_eachLineInTheFileAtOnce_andCanBeReopened() throws Exception {
    workspace.appendTranscript(id, Map.of("n", 1));
    try (IncidentWorkspace.TranscriptAppender run = workspace.openTranscript(id)) {
      run.append(Map.of("n", 2));
      assertThat(Files.readAllLines(dir.resolve("transcript.jsonl"))).containsExactly("{\"n\":1}", "{\"n\":2}");
      run.append(Map.of("n", 3));
      assertThat(Files.readAllLines(dir.resolve("transcript.jsonl"))).hasSize(3);
    }
    try (IncidentWorkspace.TranscriptAppender next = workspace.openTranscript(id)) {
      next.append(Map.of("n", 4));
    }
    assertThat(Files.readAllLines(dir.resolve("transcript.jsonl"))).containsExactly("{\"n\":1}", "{\"n\":2}", "{\"n\":3}", "{\"n\":4}");
  }

  @Test
  void openTranscript_createsTheFileOnTheFirstLine_andFailsLikeAppendTranscript() throws Exception {
    IncidentId other = new IncidentId(UUID.randomUUID());
    Path otherDir = workspace.directory(other);
    try (IncidentWorkspace.TranscriptAppender run = workspace.openTranscript(other)) {
      assertThat(Files.exists(otherDir)).isFalse();
      run.append(Map.of("first", true));
      assertThat(Files.readAllLines(otherDir.resolve("transcript.jsonl"))).containsExactly("{\"first\":true}");
      assertThatThrownBy(() -> run.append(Map.of("bad", new Object()))).isInstanceOf(IllegalArgumentException.class);
      Files.delete(otherDir.resolve("transcript.jsonl"));
      Files.createDirectory(otherDir.resolve("transcript.jsonl"));
    }
    try (IncidentWorkspace.TranscriptAppender run = workspace.openTranscript(other)) {
      assertThatThrownBy(() -> run.append(Map.of("n", 1))).isInstanceOf(WorkspaceException.class)
          .hasMessageStartingWith("cannot append to transcript.jsonl");
    }
  }
}
