package dev.akmatori.application.context;

import dev.akmatori.domain.shared.TooLargeException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * An upload form read to its end (contract §3.6): the {@code file} part staged on disk, the {@code
 * filename} and {@code description} fields in memory. The form is read completely before any check
 * because the fields may arrive after the file. The first part of each name counts; parts of other
 * names are skipped. Closing discards the staged bytes unless they were committed.
 */
final class ReceivedUpload implements AutoCloseable {
  /**
   * A {@code filename} field is kept up to this many bytes. Longer is over 255 characters whatever
   * its encoding, so the cut value still fails the length rule with the right message.
   */
  static final int MAX_NAME_BYTES = 4 * 256;

  private StagedFile file;
  private String clientFilename = "";
  private String declaredType;
  private String filenameField;
  private String description;

  private ReceivedUpload() {}

  /** Reads every part of {@code form}, staging the file part in {@code store}. */
  static ReceivedUpload read(UploadForm form, ContextFileStore store) {
    ReceivedUpload upload = new ReceivedUpload();
    try {
      for (Optional<FormPart> part = form.next(); part.isPresent(); part = form.next()) {
        upload.accept(part.get(), store);
      }
      return upload;
    } catch (TooLargeException e) {
      // The request passed its limit while an oversized file was being skipped: the file is the
      // reason, and its message says more than the request's.
      boolean fileOverLimit = upload.file != null && upload.file.tooLarge();
      upload.close();
      throw fileOverLimit ? ContextFileProblems.fileTooLarge() : e;
    } catch (RuntimeException e) {
      upload.close();
      throw e;
    }
  }

  private void accept(FormPart part, ContextFileStore store) {
    String name = part.name() == null ? "" : part.name();
    if (name.equals("file") && file == null) {
      clientFilename = part.filename() == null ? "" : part.filename();
      declaredType = part.contentType();
      file = store.stage(part.content(), ContextFileProblems.MAX_FILE_BYTES);
    } else if (name.equals("filename") && filenameField == null) {
      filenameField = text(part.content(), MAX_NAME_BYTES);
    } else if (name.equals("description") && description == null) {
      description = text(part.content(), Integer.MAX_VALUE);
    }
  }

  /** UTF-8 text of at most {@code maxBytes}; the whole request limit bounds the rest. */
  private static String text(InputStream content, int maxBytes) {
    try {
      return new String(content.readNBytes(maxBytes), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Optional<StagedFile> file() {
    return Optional.ofNullable(file);
  }

  /** The {@code filename} field when present and non-empty, else the file part's own name. */
  String storedName() {
    return filenameField == null || filenameField.isEmpty() ? clientFilename : filenameField;
  }

  /** The file part's {@code Content-Disposition} filename; {@code ""} when it had none. */
  String clientFilename() {
    return clientFilename;
  }

  /** The file part's {@code Content-Type}; null when it had none. */
  String declaredType() {
    return declaredType;
  }

  String description() {
    return description == null ? "" : description;
  }

  @Override
  public void close() {
    if (file != null) {
      file.close();
    }
  }
}
