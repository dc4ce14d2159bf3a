package dev.akmatori.application.context;

import java.io.InputStream;
import java.util.Optional;

/**
 * Extracts the text of a PDF for {@code read_context_file} (contract §5.4). Implemented with a PDF
 * library in an adapter. Thread-safe.
 */
public interface PdfTextExtractor {
  /**
   * The text of the PDF read from {@code pdf} (not closed here), pages in order.
   *
   * @return empty when the document cannot be parsed (corrupt, encrypted, not a PDF) or holds no
   *     text beyond white space, e.g. scanned pages; bad content never throws
   * @throws java.io.UncheckedIOException when {@code pdf} itself cannot be read
   */
  Optional<String> extract(InputStream pdf);
}
