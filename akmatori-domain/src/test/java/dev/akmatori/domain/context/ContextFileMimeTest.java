package dev.akmatori.domain.context;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The upload and download MIME rules of contract §3.6. */
class ContextFileMimeTest {
  private static final ContextFileName NOTES = new ContextFileName("notes.md");

  @Test
  void upload_keepsTheDeclaredType_asGiven() {
    assertThat(ContextFileMime.forUpload("text/x-custom", NOTES)).isEqualTo("text/x-custom");
    assertThat(ContextFileMime.forUpload("text/markdown; charset=UTF-8", NOTES))
        .isEqualTo("text/markdown; charset=UTF-8");
    assertThat(ContextFileMime.forUpload("  text/plain  ", NOTES)).isEqualTo("text/plain");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  ", "application/octet-stream", "Application/Octet-Stream", "application/octet-stream; x=y"})
  void upload_derivesTheTypeFromTheExtension_whenMissingOrOctetStream(String declared) {
    assertThat(ContextFileMime.forUpload(declared, NOTES)).isEqualTo("text/markdown");
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "text/", "/plain", "text/plain; charset", "a b/c", "text/plain\r\nX-Evil: 1"})
  void upload_treatsSomethingThatIsNoMediaTypeAsMissing(String declared) {
    assertThat(ContextFileMime.forUpload(declared, new ContextFileName("data.json")))
        .isEqualTo("application/json");
  }

  @Test
  void upload_treatsAnOverlongTypeAsMissing_soItAlwaysFitsTheColumn() {
    String longType = "text/" + "x".repeat(ContextFileMime.MAX_LENGTH);

    assertThat(ContextFileMime.forUpload(longType, new ContextFileName("a.csv"))).isEqualTo("text/csv");
  }

  @ParameterizedTest
  @CsvSource({
    "a.md,text/markdown", "a.txt,text/plain", "a.log,text/plain", "a.conf,text/plain", "a.cfg,text/plain",
    "a.ini,text/plain", "a.json,application/json", "a.yaml,application/yaml", "a.yml,application/yaml",
    "a.xml,application/xml", "a.csv,text/csv", "a.sh,application/x-sh", "a.py,text/x-python",
    "a.pdf,application/pdf", "A.PDF,application/pdf"
  })
  void upload_extensionTable(String name, String expected) {
    assertThat(ContextFileMime.forUpload(null, new ContextFileName(name))).isEqualTo(expected);
  }

  @Test
  void download_servesTheStoredType_whenItIsWhatTheExtensionMapsTo_ignoringParametersAndCase() {
    assertThat(ContextFileMime.forDownload("text/markdown", NOTES)).isEqualTo("text/markdown");
    assertThat(ContextFileMime.forDownload("Text/Markdown; charset=utf-8", NOTES))
        .isEqualTo("Text/Markdown; charset=utf-8");
  }

  @ParameterizedTest
  @ValueSource(strings = {"text/html", "text/plain", "application/javascript", "image/svg+xml", "text/markdownx"})
  void download_fallsBackToOctetStream_forAnyOtherStoredType(String stored) {
    assertThat(ContextFileMime.forDownload(stored, NOTES)).isEqualTo("application/octet-stream");
  }

  @Test
  void contextFile_downloadContentType_appliesTheDownloadRule() {
    ContextFile html = TestContextFiles.file("page.txt", "text/html");
    ContextFile text = TestContextFiles.file("page.txt", "text/plain; charset=utf-8");

    assertThat(html.downloadContentType()).isEqualTo("application/octet-stream");
    assertThat(text.downloadContentType()).isEqualTo("text/plain; charset=utf-8");
  }
}
