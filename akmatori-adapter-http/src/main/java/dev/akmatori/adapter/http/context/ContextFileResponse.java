package dev.akmatori.adapter.http.context;

import dev.akmatori.domain.context.ContextFile;
import java.time.Instant;

/** The ContextFile shape of contract §3.6. */
record ContextFileResponse(
    long id,
    String filename,
    String originalName,
    String mimeType,
    long size,
    String description,
    Instant createdAt,
    Instant updatedAt) {

  static ContextFileResponse from(ContextFile f) {
    return new ContextFileResponse(
        f.id().value(),
        f.filename().value(),
        f.originalName(),
        f.mimeType(),
        f.size(),
        f.description(),
        f.createdAt(),
        f.updatedAt());
  }
}
