package dev.akmatori.domain.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunbookSearchTest {
  private static Runbook rb(long id, String title, String content) {
    return new Runbook(new RunbookId(id), title, content, Instant.EPOCH, Instant.EPOCH);
  }

  @Test
  void tokens_areLowercaseRunsOfLettersAndDigits() {
    assertThat(Tokenizer.tokens("Disk-FULL on /var (95%) Überlast"))
        .containsExactly("disk", "full", "on", "var", "95", "überlast");
  }

  @Test
  void titleMatch_outranksTheSameWordInContent() {
    Runbook inTitle = rb(1, "Postgres replication lag", "Check the standby.");
    Runbook inContent = rb(2, "Database checks", "Replication may lag behind on postgres.");
    Runbook unrelated = rb(3, "Nginx", "Reload the config.");

    List<RunbookMatch> hits = RunbookSearch.search(List.of(inContent, unrelated, inTitle), "postgres");

    assertThat(hits).extracting(m -> m.runbook().id().value()).containsExactly(1L, 2L);
    assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
  }

  @Test
  void rareTerms_weighMoreThanCommonOnes() {
    Runbook common = rb(1, "a", "disk disk");
    Runbook rare = rb(2, "b", "inode");
    Runbook other = rb(3, "c", "disk");

    List<RunbookMatch> hits = RunbookSearch.search(List.of(common, rare, other), "disk inode");

    assertThat(hits.get(0).runbook().id().value()).isEqualTo(2L);
  }

  @Test
  void equalScores_areOrderedByTitle() {
    List<RunbookMatch> hits =
        RunbookSearch.search(List.of(rb(1, "Zeta", "cpu"), rb(2, "alpha", "cpu")), "CPU");
    assertThat(hits).extracting(m -> m.runbook().title()).containsExactly("alpha", "Zeta");
  }

  @Test
  void queryWithoutTokens_matchesNothing() {
    assertThat(RunbookSearch.search(List.of(rb(1, "a", "b")), "  %%% ")).isEmpty();
  }

  @Test
  void snippet_isAtMost200Chars_aroundTheFirstMatch() {
    String content = "x ".repeat(300) + "needle " + "y ".repeat(300);
    RunbookMatch hit = RunbookSearch.search(List.of(rb(1, "t", content)), "needle").get(0);

    assertThat(hit.snippet()).hasSizeLessThanOrEqualTo(200).contains("needle");
    assertThat(RunbookSearch.search(List.of(rb(1, "t", "short needle")), "needle").get(0).snippet())
        .isEqualTo("short needle");
  }
}
