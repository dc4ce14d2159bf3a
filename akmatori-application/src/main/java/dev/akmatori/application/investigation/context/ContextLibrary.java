package dev.akmatori.application.investigation.context;

import dev.akmatori.domain.context.ContextFileName;
import java.util.List;
import java.util.Optional;

/**
 * The context files the agent can read (contract §3.6, §5.4). Implemented by the context-files
 * feature, which also owns PDF text extraction. Thread-safe. Failures of the store surface as
 * unchecked exceptions (the agent gets an error result).
 */
public interface ContextLibrary {
  /** The text of a file that has none to give (a PDF without extractable text). */
  String NO_TEXT = "binary file; no text could be extracted";

  /** Every context file, ordered by filename. */
  List<ContextFileInfo> list();

  /**
   * The whole text of a file: UTF-8 text as stored; for a PDF its extracted text, or exactly
   * {@link #NO_TEXT} when extraction fails or yields nothing. Empty when no such file exists. The
   * agent loop applies {@code offset} and {@code limit} itself.
   */
  Optional<String> text(ContextFileName filename);
}
