package dev.akmatori.domain.skill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.domain.shared.ValidationException;
import org.junit.jupiter.api.Test;

class SkillFieldsTest {
  @Test
  void limitsCountCodePoints_andReportEveryField() {
    assertThat(new SkillFields("🚀".repeat(1024), "é".repeat(64), true, "").description()).hasSize(2048);

    assertThatThrownBy(() -> new SkillFields("d".repeat(1025), "c".repeat(65), true, ""))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.details())
            .containsEntry("description", "must be at most 1024 characters")
            .containsEntry("category", "must be at most 64 characters"));
  }

  @Test
  void imported_cutsOverLongValuesToTheirLimits_withoutSplittingACodePoint() {
    SkillFields fields = SkillFields.imported("🚀".repeat(2000), "c".repeat(100), "prompt");

    assertThat(fields.description().codePointCount(0, fields.description().length())).isEqualTo(1024);
    assertThat(fields.category()).hasSize(64);
    assertThat(fields.enabled()).isTrue();
    assertThat(fields.prompt()).isEqualTo("prompt");
  }

  @Test
  void withPrompt_convertsWikiReferencesToAssetLinks() {
    SkillFields fields = new SkillFields("", "", true, "").withPrompt("See [[ hosts.md ]] and [x](assets/y.md).");

    assertThat(fields.prompt()).isEqualTo("See [hosts.md](assets/hosts.md) and [x](assets/y.md).");
  }
}
