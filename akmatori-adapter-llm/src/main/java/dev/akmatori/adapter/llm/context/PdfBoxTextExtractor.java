package dev.akmatori.adapter.llm.context;

import dev.akmatori.application.context.PdfTextExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link PdfTextExtractor} with Apache PDFBox: the text of every page in order, as PDFBox's text
 * stripper reads it. A document PDFBox cannot open (corrupt, not a PDF, protected by a user
 * password) or that holds nothing but images yields no text. The bytes are read into memory first:
 * context files are at most 10 MiB. Thread-safe (a new stripper per call).
 */
public final class PdfBoxTextExtractor implements PdfTextExtractor {
  private static final Logger LOG = LoggerFactory.getLogger(PdfBoxTextExtractor.class);

  @Override
  public Optional<String> extract(InputStream pdf) {
    byte[] bytes;
    try {
      bytes = pdf.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the PDF", e);
    }
    try (PDDocument document = Loader.loadPDF(bytes)) {
      String text = new PDFTextStripper().getText(document);
      return text.isBlank() ? Optional.empty() : Optional.of(text);
    } catch (IOException | RuntimeException unreadable) {
      // PDFBox reports malformed documents as IOExceptions, and a few as runtime exceptions.
      LOG.info("No text extracted from a PDF of {} bytes: {}", bytes.length, unreadable.toString());
      return Optional.empty();
    }
  }
}
