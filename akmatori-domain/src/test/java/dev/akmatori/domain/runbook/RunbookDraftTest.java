package dev.akmatori.domain.runbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.domain.shared.ValidationException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RunbookDraftTest {
  @Test
  void title_isTrimmed_contentKeptAsGiven() {
    RunbookDraft draft = new RunbookDraft("  Disk full \n", "  keep me  ");
    assertThat(draft.title()).isEqualTo("Disk full");
    assertThat(draft.content()).isEqualTo("  keep me  ");
  }

  @Test
  void missingTitleAndBlankContent_areReportedTogether() {
    assertThatThrownBy(() -> new RunbookDraft("   ", " \n"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.details())
                .containsEntry("title", "is required")
                .containsEntry("content", "is required"));
  }

  @Test
  void title_over255CodePoints_isRejected_255IsFine() {
    assertThat(new RunbookDraft("🚀".repeat(255), "c").title()).hasSize(510);
    assertThatThrownBy(() -> new RunbookDraft("x".repeat(256), "c"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.details()).containsEntry("title", "must be at most 255 characters"));
  }

  @Test
  void mirrorFile_nameAndContent_followTheContract() {
    Instant t = Instant.EPOCH;
    Runbook r = new Runbook(new RunbookId(7), "Nginx 502 — Bad Gateway!", "Step 1", t, t);
    assertThat(r.fileName()).isEqualTo("7-nginx-502-bad-gateway.md");
    assertThat(r.fileContent()).isEqualTo("# Nginx 502 — Bad Gateway!\n\nStep 1\n");
    assertThat(new Runbook(new RunbookId(8), "日本語", "x\n", t, t).fileName()).isEqualTo("8-runbook.md");
    assertThat(RunbookSlug.of("a".repeat(99) + " b")).isEqualTo("a".repeat(99));
  }
}
