package dev.akmatori.application.context;

import dev.akmatori.domain.context.ContextFileName;
import dev.akmatori.domain.shared.ConflictException;
import dev.akmatori.domain.shared.NotFoundException;
import dev.akmatori.domain.shared.TooLargeException;

/** The failures of contract §3.6 with their exact messages, shared by the service and its adapters. */
public final class ContextFileProblems {
  /** The most bytes a context file may have (contract §1.6): 10 MiB. */
  public static final long MAX_FILE_BYTES = 10_485_760;

  private ContextFileProblems() {}

  /** 404 {@code File not found}: no such row, or its file is missing. */
  public static NotFoundException notFound() {
    return new NotFoundException("File not found");
  }

  /** 409 {@code File '<filename>' already exists}, in the database or on disk. */
  public static ConflictException alreadyExists(ContextFileName filename) {
    return new ConflictException("File '" + filename.value() + "' already exists");
  }

  /** 413 for a {@code file} part past {@link #MAX_FILE_BYTES}. */
  public static TooLargeException fileTooLarge() {
    return new TooLargeException(
        "File exceeds maximum size of " + MAX_FILE_BYTES + " bytes", MAX_FILE_BYTES);
  }
}
