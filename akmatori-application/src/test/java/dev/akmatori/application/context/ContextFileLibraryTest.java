package dev.akmatori.application.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.application.investigation.context.ContextFileInfo;
import dev.akmatori.application.investigation.context.ContextLibrary;
import dev.akmatori.domain.context.ContextFileDraft;
import dev.akmatori.domain.context.ContextFileName;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContextFileLibraryTest {
  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

  private final InMemoryContextFileRepository repository = new InMemoryContextFileRepository();
  private final InMemoryContextFileStore store = new InMemoryContextFileStore();
  private final List<String> extracted = new ArrayList<>();
  private Optional<String> pdfText = Optional.of("page one text");
  private final PdfTextExtractor pdfs = in -> {
    try {
      extracted.add(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return pdfText;
  };
  private final ContextFileLibrary library = new ContextFileLibrary(repository, store, pdfs);

  private void file(String name, String mimeType, String description, byte[] content) {
    store.put(name, content);
    repository.create(
        new ContextFileDraft(new ContextFileName(name), name, mimeType, content.length, description), NOW);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void list_showsEveryFile_byFilename_withDescriptionMimeTypeAndStoredSize() {
    file("zeta.md", "text/markdown", "last", utf8("# Z"));
    file("alpha.pdf", "application/pdf", "", new byte[] {1, 2, 3, 4});

    assertThat(library.list()).containsExactly(
        new ContextFileInfo("alpha.pdf", "", "application/pdf", 4),
        new ContextFileInfo("zeta.md", "last", "text/markdown", 3));
  }

  @Test
  void text_ofATextFile_isItsUtf8Content() {
    file("notes.md", "text/markdown", "", utf8("Grüße 🚀\nline 2"));

    assertThat(library.text(new ContextFileName("notes.md"))).contains("Grüße 🚀\nline 2");
  }

  @Test
  void text_replacesInvalidBytes_andDropsAByteOrderMark() {
    byte[] content = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'o', 'k', (byte) 0xFF, ' ', (byte) 0xC3, '!'};
    file("broken.txt", "text/plain", "", content);

    assertThat(library.text(new ContextFileName("broken.txt"))).contains("ok\uFFFD \uFFFD!");
  }

  @Test
  void text_ofAnEmptyTextFile_isEmptyText_notTheNoTextMarker() {
    file("empty.log", "text/plain", "", new byte[0]);

    assertThat(library.text(new ContextFileName("empty.log"))).contains("");
  }

  @Test
  void text_ofAPdf_isWhatTheExtractorFinds_inTheStoredBytes() {
    file("guide.pdf", "application/pdf", "", utf8("%PDF-1.7 fake"));

    assertThat(library.text(new ContextFileName("guide.pdf"))).contains("page one text");
    assertThat(extracted).containsExactly("%PDF-1.7 fake");
  }

  @Test
  void text_ofAPdfWithoutText_orThatCannotBeParsed_isTheNoTextMarker() {
    file("scan.pdf", "application/pdf", "", utf8("%PDF"));
    file("blank.pdf", "application/pdf", "", utf8("%PDF"));
    pdfText = Optional.empty();
    assertThat(library.text(new ContextFileName("scan.pdf"))).contains(ContextLibrary.NO_TEXT);
    pdfText = Optional.of(" \n\t ");
    assertThat(library.text(new ContextFileName("blank.pdf"))).contains(ContextLibrary.NO_TEXT);
  }

  @Test
  void text_ofAPdf_decidesByExtension_notByTheDeclaredMimeType() {
    file("upper.PDF", "application/octet-stream", "", utf8("%PDF"));
    file("claims.txt", "application/pdf", "", utf8("plain words"));

    assertThat(library.text(new ContextFileName("upper.PDF"))).contains("page one text");
    assertThat(library.text(new ContextFileName("claims.txt"))).contains("plain words");
  }

  @Test
  void text_ofTheSamePdf_isExtractedOnce_whileItIsCached() {
    file("guide.pdf", "application/pdf", "", utf8("%PDF"));

    library.text(new ContextFileName("guide.pdf"));
    library.text(new ContextFileName("guide.pdf"));

    assertThat(extracted).hasSize(1);
  }

  @Test
  void text_ofAnUnknownFile_orOneWhoseBytesAreMissing_isEmpty() {
    repository.create(new ContextFileDraft(new ContextFileName("gone.md"), "gone.md", "text/markdown", 3, ""), NOW);

    assertThat(library.text(new ContextFileName("nothing.md"))).isEmpty();
    assertThat(library.text(new ContextFileName("gone.md"))).isEmpty();
  }

  @Test
  void aFailingStore_surfacesAsAnUncheckedException() {
    ContextFileLibrary broken = new ContextFileLibrary(
        repository, store, in -> {
          throw new UncheckedIOException(new IOException("disk on fire"));
        });
    file("guide.pdf", "application/pdf", "", utf8("%PDF"));

    assertThatThrownBy(() -> broken.text(new ContextFileName("guide.pdf")))
        .isInstanceOf(UncheckedIOException.class).hasMessageContaining("disk on fire");
  }
}
