package dev.akmatori.domain.context;

import java.time.Instant;

/** Small context file records for tests. */
final class TestContextFiles {
  static final Instant T0 = Instant.parse("2026-05-06T09:30:12.481Z");

  private TestContextFiles() {}

  static ContextFile file(String name, String mimeType) {
    ContextFileDraft draft = new ContextFileDraft(new ContextFileName(name), name, mimeType, 3, "");
    return ContextFile.of(new ContextFileId(1), draft, T0);
  }
}
