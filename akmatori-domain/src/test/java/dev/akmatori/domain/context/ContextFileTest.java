package dev.akmatori.domain.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.domain.shared.ValidationException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The context file record, its name rule against hostile input, and reference checks. */
class ContextFileTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "../etc/passwd.md", "..md", "a/b.md", "a\\b.md", "/etc/hosts.txt", "C:\\docs\\a.md", ".hidden.md",
        "a.md\n", "a.md\r\nX: y", "a\u0000.md", "ａ.md", "a .md", "a.md ", " a.md", "%2e%2e.md", "a..md",
        "a.", ".md", "a.md/", "a\"b.md", "a;b.md", "résumé.md", "a.md.", "-a.md", "a.m d"
      })
  void hostileNames_areRejectedByTheFormatRule(String name) {
    assertThat(ContextFileName.problem(name))
        .isEqualTo("invalid filename format: use only letters, numbers, dashes, underscores and one extension");
    assertThat(ContextFileName.isValid(name)).isFalse();
    assertThatThrownBy(() -> new ContextFileName(name))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.details()).containsOnlyKeys("filename"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a.exe", "a.html", "a.MD5", "shell.php", "a.js", "a.svg"})
  void unknownExtensions_areNotAllowed_andNamedInTheMessage(String name) {
    assertThat(ContextFileName.problem(name)).startsWith("file type '.").endsWith("' not allowed");
  }

  @Test
  void aValidName_isItsOwnFileName_andTheLongestAllowedIs255Characters() {
    String longest = "a".repeat(252) + ".md";

    assertThat(ContextFileName.isValid(longest)).isTrue();
    assertThat(ContextFileName.isValid("a" + longest)).isFalse();
    assertThat(new ContextFileName("Runbook_v2-final.YAML").extension()).isEqualTo(".yaml");
  }

  @Test
  void of_copiesTheDraftAndStampsBothTimestamps() {
    Instant now = Instant.parse("2026-01-02T03:04:05Z");
    ContextFileDraft draft =
        new ContextFileDraft(new ContextFileName("a.md"), "C:\\docs\\a.md", "text/markdown", 42, "notes");

    ContextFile file = ContextFile.of(new ContextFileId(7), draft, now);

    assertThat(file.id().value()).isEqualTo(7);
    assertThat(file.filename().value()).isEqualTo("a.md");
    assertThat(file.originalName()).isEqualTo("C:\\docs\\a.md");
    assertThat(file.size()).isEqualTo(42);
    assertThat(file.createdAt()).isEqualTo(now).isEqualTo(file.updatedAt());
  }

  @Test
  void negativeSizesAndIds_areBugs() {
    ContextFileName name = new ContextFileName("a.md");

    assertThatThrownBy(() -> new ContextFileDraft(name, "", "text/plain", -1, ""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ContextFileId(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void referenceCheck_splitsUniqueReferencesInOrder_intoFoundAndMissing() {
    String text = "See [[b.md]], [x](assets/a.md), [[ missing.txt ]] and [[b.md]] again.";

    ReferenceCheck check = ReferenceCheck.of(text, List.of("a.md", "b.md")::contains);

    assertThat(check.references()).containsExactly("b.md", "a.md", "missing.txt");
    assertThat(check.found()).containsExactly("b.md", "a.md");
    assertThat(check.missing()).containsExactly("missing.txt");
    assertThat(check.valid()).isFalse();
  }

  @Test
  void referenceCheck_ofNothing_isValidWithEmptyLists() {
    ReferenceCheck check = ReferenceCheck.of(null, name -> false);

    assertThat(check.valid()).isTrue();
    assertThat(check.references()).isEmpty();
    assertThat(check.found()).isEmpty();
    assertThat(check.missing()).isEmpty();
  }
}
