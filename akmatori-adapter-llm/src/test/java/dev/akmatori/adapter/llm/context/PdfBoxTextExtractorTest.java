package dev.akmatori.adapter.llm.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PdfBoxTextExtractorTest {
  private final PdfBoxTextExtractor extractor = new PdfBoxTextExtractor();

  private Optional<String> extract(byte[] pdf) {
    return extractor.extract(new ByteArrayInputStream(pdf));
  }

  @Test
  void aPdfWithATextPageAndAnImageOnlyPage_givesTheTextOfTheTextPage() {
    byte[] pdf = TestPdfs.pages("Disk pressure runbook: drain node web-7", TestPdfs.IMAGE);

    assertThat(extract(pdf)).hasValueSatisfying(text ->
        assertThat(text.strip()).isEqualTo("Disk pressure runbook: drain node web-7"));
  }

  @Test
  void pages_comeInTheirOrder() {
    byte[] pdf = TestPdfs.pages("first page", TestPdfs.IMAGE, "third page");

    assertThat(extract(pdf).orElseThrow()).containsSubsequence("first page", "third page");
  }

  @Test
  void aPdfOfImagesOnly_hasNoText() {
    assertThat(extract(TestPdfs.pages(TestPdfs.IMAGE, TestPdfs.IMAGE))).isEmpty();
  }

  @Test
  void aCorruptPdf_hasNoText_insteadOfFailing() {
    byte[] real = TestPdfs.pages("some text");
    byte[] truncated = Arrays.copyOf(real, 60);

    assertThat(extract(truncated)).isEmpty();
    assertThat(extract("%PDF-1.7\n%garbage, not objects\n".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    assertThat(extract("plain words, no PDF at all".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    assertThat(extract(new byte[0])).isEmpty();
  }

  @Test
  void aPdfThatNeedsAUserPassword_hasNoText() {
    assertThat(extract(TestPdfs.protectedBy("s3cret", "hidden words"))).isEmpty();
  }

  @Test
  void aStreamThatCannotBeRead_isAnUncheckedIoException() {
    InputStream broken = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk gone");
      }
    };

    assertThatThrownBy(() -> extractor.extract(broken))
        .isInstanceOf(UncheckedIOException.class)
        .hasRootCauseMessage("disk gone");
  }
}
