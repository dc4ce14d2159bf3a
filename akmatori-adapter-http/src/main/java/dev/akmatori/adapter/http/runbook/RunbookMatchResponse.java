package dev.akmatori.adapter.http.runbook;

import dev.akmatori.domain.runbook.Runbook;
import dev.akmatori.domain.runbook.RunbookMatch;
import java.time.Instant;

/** A search result: the Runbook shape plus {@code score} (higher is better) and {@code snippet}. */
record RunbookMatchResponse(
    long id,
    String title,
    String content,
    Instant createdAt,
    Instant updatedAt,
    double score,
    String snippet) {

  static RunbookMatchResponse from(RunbookMatch m) {
    Runbook r = m.runbook();
    return new RunbookMatchResponse(
        r.id().value(),
        r.title(),
        r.content(),
        r.createdAt(),
        r.updatedAt(),
        m.score(),
        m.snippet());
  }
}
