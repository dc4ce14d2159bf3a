package dev.akmatori.application.context;

import dev.akmatori.domain.context.ContextFile;
import dev.akmatori.domain.context.ContextFileId;
import dev.akmatori.domain.context.ReferenceCheck;
import dev.akmatori.domain.shared.Page;
import dev.akmatori.domain.shared.PageRequest;

/**
 * Context file use cases (contract §3.6). Unknown ids, and records whose file is missing where the
 * bytes are needed, throw {@code NotFoundException} ({@code File not found}).
 */
public interface ManageContextFiles {
  /** One page ordered by filename. */
  Page<ContextFile> list(PageRequest page);

  ContextFile get(ContextFileId id);

  /**
   * Reads the whole form, then runs the checks of §3.6 in order — form parses, {@code file} part
   * present, stored name rule, name free in the database and on disk, content within 10 MiB — and
   * stores the file and its record. Nothing is left behind when any step fails.
   */
  ContextFile upload(UploadForm form);

  ContextFileDownload download(ContextFileId id);

  /** Removes the file (already missing is fine), then the record, then tells the listeners. */
  void delete(ContextFileId id);

  /** The references of {@code text} split by whether a context file of that name is recorded. */
  ReferenceCheck validate(String text);
}
