package dev.akmatori.application.context;

import dev.akmatori.domain.context.ContextFile;
import dev.akmatori.domain.context.ContextFileDraft;
import dev.akmatori.domain.context.ContextFileId;
import dev.akmatori.domain.context.ContextFileName;
import dev.akmatori.domain.shared.Page;
import dev.akmatori.domain.shared.PageRequest;
import java.time.Instant;
import java.util.Optional;

/**
 * The records of the context files (contract §3.6); the bytes live in the {@link ContextFileStore}.
 * Implementations are thread-safe and every method is one atomic operation. Failures of the store
 * itself surface as unchecked exceptions and are not retried here.
 */
public interface ContextFileRepository {
  /**
   * Records a new file created at {@code now} and returns it with its id.
   *
   * @throws dev.akmatori.domain.shared.ConflictException {@code File '<filename>' already exists}
   *     when a record has that filename, even one inserted concurrently by another process
   */
  ContextFile create(ContextFileDraft draft, Instant now);

  Optional<ContextFile> find(ContextFileId id);

  Optional<ContextFile> findByFilename(ContextFileName filename);

  /** Removes the record; false when it did not exist. */
  boolean delete(ContextFileId id);

  /** One page ordered by filename (code point order); {@link PageRequest#ALL} for all. */
  Page<ContextFile> list(PageRequest page);
}
