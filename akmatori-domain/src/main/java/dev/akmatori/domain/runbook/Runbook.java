package dev.akmatori.domain.runbook;

import java.time.Instant;
import java.util.Objects;

/** An operational procedure in Markdown (contract §3.7). */
public record Runbook(RunbookId id, String title, String content, Instant createdAt, Instant updatedAt) {
  public Runbook {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }

  /** The mirror file name: {@code <id>-<slug>.md}. */
  public String fileName() {
    return id.value() + "-" + RunbookSlug.of(title) + ".md";
  }

  /** The mirror file content: {@code # <title>}, a blank line, the content, a final newline. */
  public String fileContent() {
    String body = content.endsWith("\n") ? content : content + "\n";
    return "# " + title + "\n\n" + body;
  }
}
