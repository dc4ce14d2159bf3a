package dev.akmatori.domain.runbook;

import dev.akmatori.domain.shared.Text;
import dev.akmatori.domain.shared.Violations;

/**
 * A validated title and content for creating or replacing a runbook: title trimmed, 1–255 code
 * points; content not blank (kept as given). Invalid input throws a {@code ValidationException}
 * listing every failing field.
 */
public record RunbookDraft(String title, String content) {
  public static final int MAX_TITLE = 255;

  public RunbookDraft {
    Violations v = new Violations();
    title = Text.requiredTrimmed(title, "title", MAX_TITLE, v);
    if (Text.isBlank(content)) {
      v.add("content", "is required");
    }
    v.throwIfAny();
  }
}
