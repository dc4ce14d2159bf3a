package dev.akmatori.domain.context;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContextNamesTest {
  @Test
  void filenameRule_checksInTheContractOrder() {
    assertThat(ContextFileName.problem("")).isEqualTo("is required");
    assertThat(ContextFileName.problem("a".repeat(253) + ".md")).isEqualTo("must be at most 255 characters");
    assertThat(ContextFileName.problem("C:\\docs\\a.md")).startsWith("invalid filename format");
    assertThat(ContextFileName.problem("../etc/passwd.md")).startsWith("invalid filename format");
    assertThat(ContextFileName.problem("a.b.md")).startsWith("invalid filename format");
    assertThat(ContextFileName.problem("_a.md")).startsWith("invalid filename format");
    assertThat(ContextFileName.problem("a.exe")).isEqualTo("file type '.exe' not allowed");
    assertThat(ContextFileName.problem("Notes-1_x.MD")).isNull();
  }

  @Test
  void mimeType_followsTheExtension() {
    assertThat(new ContextFileName("a.MD").mimeType()).isEqualTo("text/markdown");
    assertThat(new ContextFileName("a.yml").mimeType()).isEqualTo("application/yaml");
    assertThat(new ContextFileName("a.conf").mimeType()).isEqualTo("text/plain");
    assertThat(ContextFileName.ALLOWED_EXTENSIONS).hasSize(14);
  }

  @Test
  void references_bothForms_uniqueInOrder_trimmed() {
    String text = "See [[ arch.md ]] and [x](assets/inv.csv), again [[arch.md]] and [[]] and [y](assets/)";
    assertThat(FileReferences.find(text)).containsExactly("arch.md", "inv.csv");
    assertThat(FileReferences.find(null)).isEmpty();
  }

  @Test
  void wikiLinks_becomeAssetLinks() {
    assertThat(FileReferences.toAssetLinks("Read [[ a.md ]] then [[b.md]]; keep [x](assets/c.md) and $1 \\"))
        .isEqualTo("Read [a.md](assets/a.md) then [b.md](assets/b.md); keep [x](assets/c.md) and $1 \\");
  }
}
