package dev.akmatori.domain.context;

import java.util.Objects;

/**
 * What is recorded about an upload that passed every check of contract §3.6: the stored name, the
 * client's own file name ({@code ""} when it sent none), the MIME type, the bytes stored and the
 * description.
 */
public record ContextFileDraft(
    ContextFileName filename, String originalName, String mimeType, long size, String description) {
  public ContextFileDraft {
    Objects.requireNonNull(filename, "filename");
    Objects.requireNonNull(originalName, "originalName");
    Objects.requireNonNull(mimeType, "mimeType");
    Objects.requireNonNull(description, "description");
    if (size < 0) {
      throw new IllegalArgumentException("size must not be negative: " + size);
    }
  }
}
