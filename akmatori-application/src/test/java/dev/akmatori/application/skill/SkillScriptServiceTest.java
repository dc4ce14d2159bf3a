package dev.akmatori.application.skill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.domain.shared.NotFoundException;
import dev.akmatori.domain.shared.TooLargeException;
import dev.akmatori.domain.shared.ValidationException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SkillScriptServiceTest {
  private final SkillFixture f = SkillFixture.inMemory();

  SkillScriptServiceTest() {
    f.skills.create(new CreateSkill("db-admin", null, null, null, null));
  }

  @Test
  void anUnknownSkill_isNotFoundBeforeTheFilenameIsChecked() {
    assertThatThrownBy(() -> f.scriptService.get("nope", "../x")).isInstanceOf(NotFoundException.class)
        .hasMessage("Skill not found");
    assertThatThrownBy(() -> f.scriptService.put("nope", "", "x")).hasMessage("Skill not found");
    assertThatThrownBy(() -> f.scriptService.delete("nope", "/etc/passwd")).hasMessage("Skill not found");
    assertThatThrownBy(() -> f.scriptService.list("nope")).hasMessage("Skill not found");
    assertThatThrownBy(() -> f.scriptService.clear("nope")).hasMessage("Skill not found");
  }

  @Test
  void aBadFilename_isAValidationErrorOnEveryRoute() {
    for (String bad : new String[] {"..", "../a.sh", "a/b.sh", "a\\b.sh", "/etc/passwd", ".hidden.sh", "noext", "a b.sh"}) {
      assertThatThrownBy(() -> f.scriptService.get("db-admin", bad))
          .isInstanceOfSatisfying(ValidationException.class,
              e -> assertThat(e.details()).containsExactly(Map.entry("filename", "invalid filename")));
      assertThatThrownBy(() -> f.scriptService.put("db-admin", bad, "x")).isInstanceOf(ValidationException.class);
      assertThatThrownBy(() -> f.scriptService.delete("db-admin", bad)).isInstanceOf(ValidationException.class);
    }
  }

  @Test
  void putGetListDelete_roundTrip() {
    ScriptFile stored = f.scriptService.put("db-admin", "check.sh", "#!/bin/sh\necho é\n");

    assertThat(stored.filename()).isEqualTo("check.sh");
    assertThat(stored.size()).isEqualTo(18);
    assertThat(f.scriptService.get("db-admin", "check.sh")).isEqualTo(stored);
    assertThat(f.scriptService.list("db-admin").scripts()).containsExactly("check.sh");
    assertThat(f.scriptService.list("db-admin").scriptsDir()).isEqualTo("/data/skills/db-admin/scripts");

    f.scriptService.delete("db-admin", "check.sh");
    assertThatThrownBy(() -> f.scriptService.get("db-admin", "check.sh")).hasMessage("Script not found");
    assertThatThrownBy(() -> f.scriptService.delete("db-admin", "check.sh")).hasMessage("Script not found");
  }

  @Test
  void contentOverOneMebibyteOfUtf8_isTooLarge_exactlyAtTheLimitIsFine() {
    String exactly = "é".repeat(524_288);
    String over = exactly + "x";

    assertThat(f.scriptService.put("db-admin", "big.py", exactly).size()).isEqualTo(1_048_576);
    assertThatThrownBy(() -> f.scriptService.put("db-admin", "big.py", over))
        .isInstanceOf(TooLargeException.class)
        .hasMessage("Script exceeds maximum size of 1048576 bytes");
    assertThat(SkillScriptService.utf8Length("a\u00e9\u20ac\uD83D\uDE80")).isEqualTo(1 + 2 + 3 + 4);
  }

  @Test
  void clear_answersTheSkillName_andEmptiesTheList() {
    f.scriptService.put("db-admin", "a.sh", "a");
    f.scriptService.put("db-admin", "b.py", "b");

    assertThat(f.scriptService.clear("db-admin")).isEqualTo("db-admin");
    assertThat(f.scriptService.list("db-admin").scripts()).isEmpty();
  }
}
