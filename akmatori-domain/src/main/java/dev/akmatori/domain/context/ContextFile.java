package dev.akmatori.domain.context;

import java.time.Instant;
import java.util.Objects;

/**
 * A reference document stored as {@code <data-dir>/context/<filename>} (contract §3.6). The row
 * describes the bytes; {@code size} is what was stored at upload.
 */
public record ContextFile(
    ContextFileId id,
    ContextFileName filename,
    String originalName,
    String mimeType,
    long size,
    String description,
    Instant createdAt,
    Instant updatedAt) {

  public ContextFile {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(filename, "filename");
    Objects.requireNonNull(originalName, "originalName");
    Objects.requireNonNull(mimeType, "mimeType");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    if (size < 0) {
      throw new IllegalArgumentException("size must not be negative: " + size);
    }
  }

  /** The record of {@code draft} under {@code id}, created and updated at {@code now}. */
  public static ContextFile of(ContextFileId id, ContextFileDraft draft, Instant now) {
    return new ContextFile(
        id,
        draft.filename(),
        draft.originalName(),
        draft.mimeType(),
        draft.size(),
        draft.description(),
        now,
        now);
  }

  /** The {@code Content-Type} a download of this file is served with (see {@link ContextFileMime}). */
  public String downloadContentType() {
    return ContextFileMime.forDownload(mimeType, filename);
  }
}
