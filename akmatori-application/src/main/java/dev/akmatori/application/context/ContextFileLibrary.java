package dev.akmatori.application.context;

import dev.akmatori.application.investigation.context.ContextFileInfo;
import dev.akmatori.application.investigation.context.ContextLibrary;
import dev.akmatori.domain.context.ContextFile;
import dev.akmatori.domain.context.ContextFileName;
import dev.akmatori.domain.shared.NotFoundException;
import dev.akmatori.domain.shared.PageRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The context files as the agent reads them (contract §3.6, §5.4): the records from the repository,
 * the bytes from the store. Text files are decoded as UTF-8 with invalid bytes replaced by U+FFFD
 * (and a leading byte-order mark dropped); a {@code .pdf} file — by its extension, as for downloads —
 * is its extracted text or {@link #NO_TEXT}. Extracted texts are kept in a small cache keyed by
 * the file's id: a stored file never changes (a new upload of the name gets a new id), and the
 * agent pages through a long PDF one window per call. Thread-safe.
 */
public final class ContextFileLibrary implements ContextLibrary {
  private static final String PDF = ".pdf";

  private final ContextFileRepository repository;
  private final ContextFileStore store;
  private final PdfTextExtractor pdfs;
  private final ExtractedTexts extracted;

  public ContextFileLibrary(ContextFileRepository repository, ContextFileStore store, PdfTextExtractor pdfs) {
    this(repository, store, pdfs, ExtractedTexts.DEFAULT_MAX_CHARS);
  }

  ContextFileLibrary(
      ContextFileRepository repository, ContextFileStore store, PdfTextExtractor pdfs, long cacheChars) {
    this.repository = repository;
    this.store = store;
    this.pdfs = pdfs;
    this.extracted = new ExtractedTexts(cacheChars);
  }

  @Override
  public List<ContextFileInfo> list() {
    return repository.list(PageRequest.ALL).items().stream()
        .map(f -> new ContextFileInfo(f.filename().value(), f.description(), f.mimeType(), f.size()))
        .collect(Collectors.toList());
  }

  /** Empty when there is no record of that name, or its bytes are missing from the store. */
  @Override
  public Optional<String> text(ContextFileName filename) {
    Optional<ContextFile> file = repository.findByFilename(filename);
    if (file.isEmpty()) {
      return Optional.empty();
    }
    try {
      if (filename.extension().equals(PDF)) {
        return Optional.of(extracted.get(file.get().id(), () -> pdfText(filename)));
      }
      return Optional.of(utf8(filename));
    } catch (NotFoundException missing) {
      return Optional.empty();
    }
  }

  private String pdfText(ContextFileName filename) {
    try (InputStream in = store.open(filename, 0)) {
      return pdfs.extract(in).filter(text -> !text.isBlank()).orElse(NO_TEXT);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the context file " + filename, e);
    }
  }

  private String utf8(ContextFileName filename) {
    byte[] bytes;
    try (InputStream in = store.open(filename, 0)) {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the context file " + filename, e);
    }
    String text = decode(bytes);
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** UTF-8 with every malformed or unmappable sequence replaced by U+FFFD. */
  static String decode(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    try {
      return decoder.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException cannotHappenWithReplace) {
      throw new IllegalStateException(cannotHappenWithReplace);
    }
  }
}
