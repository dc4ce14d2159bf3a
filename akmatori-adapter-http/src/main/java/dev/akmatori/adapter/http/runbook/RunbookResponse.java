package dev.akmatori.adapter.http.runbook;

import dev.akmatori.domain.runbook.Runbook;
import java.time.Instant;

/** The Runbook shape of contract §3.7. */
record RunbookResponse(
    long id, String title, String content, Instant createdAt, Instant updatedAt) {

  static RunbookResponse from(Runbook r) {
    return new RunbookResponse(
        r.id().value(), r.title(), r.content(), r.createdAt(), r.updatedAt());
  }
}
