package dev.akmatori.application.investigation.function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.application.investigation.context.ContextLibrary;
import dev.akmatori.application.investigation.testing.InMemoryContextLibrary;
import dev.akmatori.application.investigation.testing.InMemorySkillLibrary;
import dev.akmatori.application.model.Cancellation;
import dev.akmatori.application.runbook.InMemoryRunbookRepository;
import dev.akmatori.domain.incident.IncidentId;
import dev.akmatori.domain.runbook.RunbookDraft;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class KnowledgeFunctionsTest {
  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
  private final CallContext context =
      new CallContext(new IncidentId(UUID.randomUUID()), Cancellation.NONE, Duration.ofMinutes(5));
  private final InMemoryRunbookRepository runbooks = new InMemoryRunbookRepository();
  private final InMemorySkillLibrary skills = new InMemorySkillLibrary();
  private final InMemoryContextLibrary files = new InMemoryContextLibrary();

  @Test
  void searchRunbooks_returnsRankedRowsUpToTheLimit() {
    for (int i = 1; i <= 7; i++) {
      runbooks.create(new RunbookDraft("Disk full " + i, "Free disk space on the host."), NOW);
    }
    runbooks.create(new RunbookDraft("Memory", "Restart the leaking service."), NOW);
    SearchRunbooksFunction search = new SearchRunbooksFunction(runbooks);

    List<?> defaults = (List<?>) search.call(Map.of("query", "disk full"), context);
    List<?> two = (List<?>) search.call(Map.of("query", "disk", "limit", 2.0), context);

    assertThat(defaults).hasSize(5);
    assertThat(two).hasSize(2);
    @SuppressWarnings("unchecked")
    Map<String, Object> first = (Map<String, Object>) defaults.get(0);
    assertThat(first.keySet()).containsExactly("id", "title", "score", "snippet");
    assertThat(first).containsEntry("snippet", "Free disk space on the host.");
  }

  @Test
  void searchRunbooks_rejectsAMissingQueryAndALimitOutside1To20() {
    SearchRunbooksFunction search = new SearchRunbooksFunction(runbooks);

    assertThatThrownBy(() -> search.call(Map.of(), context)).hasMessage("missing required argument 'query'");
    assertThatThrownBy(() -> search.call(Map.of("query", "x", "limit", 21), context))
        .hasMessage("argument 'limit' must be an integer between 1 and 20");
    assertThatThrownBy(() -> search.call(Map.of("query", "x", "limit", 2.5), context))
        .isInstanceOf(FunctionException.class);
  }

  @Test
  void getRunbook_returnsIdTitleAndContent_acceptingAQuotedId() {
    runbooks.create(new RunbookDraft("Disk full", "Clean /var/log."), NOW);
    GetRunbookFunction get = new GetRunbookFunction(runbooks);

    assertThat(get.call(Map.of("id", 1L), context))
        .isEqualTo(Map.of("id", 1L, "title", "Disk full", "content", "Clean /var/log."));
    assertThat(get.call(Map.of("id", "1"), context)).isEqualTo(get.call(Map.of("id", 1.0), context));
    assertThatThrownBy(() -> get.call(Map.of("id", 42), context)).hasMessage("runbook 42 not found");
    assertThatThrownBy(() -> get.call(Map.of(), context)).hasMessage("missing required argument 'id'");
  }

  @Test
  void readSkill_returnsSkillMdOfEnabledSkills_incidentManagerIncluded() {
    skills.root("Triage first.", "## Assigned Tools\n...")
        .skill("db-admin", "Databases", true, "---\nname: db-admin\n---\nCheck locks.")
        .skill("old-skill", "Retired", false, "---\nname: old-skill\n---\n");
    ReadSkillFunction read = new ReadSkillFunction(skills);

    assertThat(read.call(Map.of("name", "db-admin"), context)).isEqualTo("---\nname: db-admin\n---\nCheck locks.");
    assertThat((String) read.call(Map.of("name", "incident-manager"), context))
        .contains("Triage first.", "## Assigned Tools");
    assertThatThrownBy(() -> read.call(Map.of("name", "old-skill"), context))
        .hasMessage("skill 'old-skill' not found or not enabled");
    assertThatThrownBy(() -> read.call(Map.of("name", "../etc"), context))
        .hasMessage("skill '../etc' not found or not enabled");
  }

  @Test
  void listContextFiles_describesEveryFile() {
    files.file("network.md", "Network map", "# Network").file("hosts.csv", "", "a,b\n");

    Object list = new ListContextFilesFunction(files).call(Map.of(), context);

    assertThat(list).isEqualTo(List.of(
        Map.of("filename", "hosts.csv", "description", "", "mime_type", "text/csv", "size", 4L),
        Map.of("filename", "network.md", "description", "Network map", "mime_type", "text/markdown", "size", 9L)));
  }

  @Test
  void readContextFile_returnsAWindowOfTheText_defaulting50000Characters() {
    files.file("big.txt", "", "a".repeat(60_000) + "tail")
        .file("scan.pdf", "", ContextLibrary.NO_TEXT);
    ReadContextFileFunction read = new ReadContextFileFunction(files);

    assertThat((String) read.call(Map.of("filename", "big.txt"), context)).hasSize(50_000);
    assertThat(read.call(Map.of("filename", "big.txt", "offset", 60_000, "limit", 10), context)).isEqualTo("tail");
    assertThat(read.call(Map.of("filename", "big.txt", "offset", 99_999), context)).isEqualTo("");
    assertThat(read.call(Map.of("filename", "scan.pdf"), context)).isEqualTo("binary file; no text could be extracted");
    assertThatThrownBy(() -> read.call(Map.of("filename", "missing.md"), context))
        .hasMessage("context file 'missing.md' not found");
    assertThatThrownBy(() -> read.call(Map.of("filename", "../secret.md"), context))
        .hasMessage("context file '../secret.md' not found");
  }

  @Test
  void aWindow_neverSplitsASurrogatePair() {
    String text = "ab\uD83D\uDE00cd";

    assertThat(ReadContextFileFunction.window(text, 0, 3)).isEqualTo("ab");
    assertThat(ReadContextFileFunction.window(text, 2, 2)).isEqualTo("\uD83D\uDE00");
    assertThat(ReadContextFileFunction.window(text, 3, 2)).isEqualTo("c");
  }
}
