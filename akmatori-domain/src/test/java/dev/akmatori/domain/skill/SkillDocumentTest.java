package dev.akmatori.domain.skill;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SkillDocumentTest {
  @Test
  void render_hasFrontMatterBodyAndToolsSection() {
    String text = new SkillDocument("db-admin", "Checks: disk, memory", "databases", "Do X.", "### tools\n").render();

    assertThat(text)
        .isEqualTo(
            "---\nname: db-admin\ndescription: \"Checks: disk, memory\"\nmetadata:\n  category: databases\n---\n\n"
                + "Do X.\n\n## Assigned Tools\n### tools\n");
  }

  @Test
  void render_withoutCategoryOrTools_omitsThem() {
    String text = new SkillDocument("a", "plain words", "", "Body", "").render();
    assertThat(text).isEqualTo("---\nname: a\ndescription: plain words\n---\n\nBody\n");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "true", "No", "null", "123", "1.5", "~", "- item", "a: b", "x #c", "#c", "'q'", "\"q\"",
        "tab\there", "line\nbreak", " lead", "trail ", "{x}", "[x]", "&a", "*a", "!t", "|", ">", "@x", "`x`",
        "%x", "日本語", "emoji 🚀", "back\\slash", "ctrl\u0001"})
  void everyDescription_roundTrips(String description) {
    String text = new SkillDocument("s", description, "cat: x", "p", "").render();

    Optional<SkillDocument> parsed = SkillDocument.parse("s", text);

    assertThat(parsed).isPresent();
    assertThat(parsed.get().description()).isEqualTo(description);
    assertThat(parsed.get().category()).isEqualTo("cat: x");
  }

  @Test
  void parse_readsThePromptByTheContractRule() {
    String text =
        "---\nname: x\ndescription: d\n---\n\n\n  Line one\n\nLine two\n\n## Assigned Tools\ngenerated\nstuff\n";
    // The blank line before the section belongs to the section: a rendered prompt reads back unchanged.
    assertThat(SkillDocument.parse("x", text).orElseThrow().prompt()).isEqualTo("Line one\n\nLine two");
    assertThat(SkillDocument.parse("x", "---\ndescription: d\n---\nBody\n").orElseThrow().prompt()).isEqualTo("Body");
  }

  @Test
  void renderedPrompts_readBackUnchanged_withAndWithoutTools() {
    for (String prompt : new String[] {"Do X.", "Do X.\n", "a\n\nb", ""}) {
      for (String tools : new String[] {"", "### t\n"}) {
        String text = new SkillDocument("s", "d", "", prompt, tools).render();
        String expected = prompt.endsWith("\n") ? prompt.substring(0, prompt.length() - 1) : prompt;
        assertThat(SkillDocument.parse("s", text).orElseThrow().prompt()).as(text).isEqualTo(expected);
      }
    }
  }

  @Test
  void parse_keepsAToolsHeadingThatIsNotASectionStart() {
    String text = "---\ndescription: d\n---\nSee ## Assigned Tools below\n## Assigned Tools2\n";
    assertThat(SkillDocument.parse("x", text).orElseThrow().prompt())
        .isEqualTo("See ## Assigned Tools below\n## Assigned Tools2");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"no front matter", "---\ndescription: d\n", "---\ndescription: [a, b\n---\n",
        "---\n\tdescription: d\n---\n", "---\ndescription: \"open\n---\n", "---\n  category: x\n---\n",
        "---\njust text\n---\n", "---\ndescription: \"a\" trailing\n---\n"})
  void invalidFrontMatter_isRejected(String text) {
    assertThat(SkillDocument.parse("x", text)).isEmpty();
  }

  @Test
  void crlfFiles_areRead() {
    String text = "---\r\ndescription: win\r\nmetadata:\r\n  category: ops\r\n---\r\nBody\r\n";
    SkillDocument doc = SkillDocument.parse("x", text).orElseThrow();
    assertThat(doc.description()).isEqualTo("win");
    assertThat(doc.category()).isEqualTo("ops");
    assertThat(doc.prompt()).isEqualTo("Body");
  }
}
