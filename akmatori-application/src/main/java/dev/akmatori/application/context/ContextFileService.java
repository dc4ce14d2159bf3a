package dev.akmatori.application.context;

import dev.akmatori.domain.context.ContextFile;
import dev.akmatori.domain.context.ContextFileDraft;
import dev.akmatori.domain.context.ContextFileId;
import dev.akmatori.domain.context.ContextFileMime;
import dev.akmatori.domain.context.ContextFileName;
import dev.akmatori.domain.context.ReferenceCheck;
import dev.akmatori.domain.shared.Page;
import dev.akmatori.domain.shared.PageRequest;
import dev.akmatori.domain.shared.Text;
import dev.akmatori.domain.shared.ValidationException;
import java.time.Clock;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Context files over a record repository and a byte store. The database and the disk agree after
 * every call: an upload leaves both or neither, a delete removes the file before its record (a
 * record without file answers 404 and can still be deleted; a file without record would block its
 * name forever).
 */
public final class ContextFileService implements ManageContextFiles {
  private final ContextFileRepository repository;
  private final ContextFileStore store;
  private final ContextFileChanges changes;
  private final Clock clock;

  public ContextFileService(
      ContextFileRepository repository, ContextFileStore store, ContextFileChanges changes, Clock clock) {
    this.repository = repository;
    this.store = store;
    this.changes = changes;
    this.clock = clock;
  }

  @Override
  public Page<ContextFile> list(PageRequest page) {
    return repository.list(page);
  }

  @Override
  public ContextFile get(ContextFileId id) {
    return repository.find(id).orElseThrow(ContextFileProblems::notFound);
  }

  @Override
  public ContextFile upload(UploadForm form) {
    try (ReceivedUpload upload = ReceivedUpload.read(form, store)) {
      StagedFile file = upload.file().orElseThrow(() -> ValidationException.of("file", "is required"));
      ContextFileName name = new ContextFileName(upload.storedName());
      if (repository.findByFilename(name).isPresent() || store.exists(name.value())) {
        throw ContextFileProblems.alreadyExists(name);
      }
      if (file.tooLarge()) {
        throw ContextFileProblems.fileTooLarge();
      }
      String unstorable = Text.unstorable(upload.description());
      if (unstorable != null) {
        throw ValidationException.of("description", unstorable);
      }
      String mimeType = ContextFileMime.forUpload(upload.declaredType(), name);
      // The client's own name is display metadata from a header: repaired, not refused (ADR 0023).
      ContextFileDraft draft = new ContextFileDraft(
          name, Text.storable(upload.clientFilename()), mimeType, file.size(), upload.description());
      file.commit(name);
      return record(draft);
    }
  }

  /** Inserts the record of a committed file, removing the file again when that fails. */
  private ContextFile record(ContextFileDraft draft) {
    try {
      return repository.create(draft, clock.instant());
    } catch (RuntimeException e) {
      try {
        store.delete(draft.filename());
      } catch (RuntimeException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    }
  }

  @Override
  public ContextFileDownload download(ContextFileId id) {
    ContextFile file = get(id);
    long size = store.size(file.filename()).orElseThrow(ContextFileProblems::notFound);
    return new ContextFileDownload(file, size, offset -> store.open(file.filename(), offset));
  }

  @Override
  public void delete(ContextFileId id) {
    ContextFile file = get(id);
    store.delete(file.filename());
    if (!repository.delete(id)) {
      throw ContextFileProblems.notFound();
    }
    changes.deleted(file.filename().value());
  }

  @Override
  public ReferenceCheck validate(String text) {
    Set<String> recorded =
        repository.list(PageRequest.ALL).items().stream()
            .map(f -> f.filename().value())
            .collect(Collectors.toSet());
    return ReferenceCheck.of(text, recorded::contains);
  }
}
