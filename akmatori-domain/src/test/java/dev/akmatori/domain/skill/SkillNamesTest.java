package dev.akmatori.domain.skill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.domain.shared.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SkillNamesTest {
  @ParameterizedTest
  @ValueSource(strings = {"a", "zabbix-analyst", "db-admin", "k8s", "a1-b2-c3", "sync"})
  void validSkillNames(String name) {
    assertThat(new SkillName(name).value()).isEqualTo(name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Zabbix", "-a", "a-", "a--b", "1abc", "a_b", "a b", "../etc", "a/b", "ä", "a\nb", "a.b"})
  void invalidSkillNames_areNotKebabCase(String name) {
    assertThat(SkillName.problem(name)).isEqualTo(SkillName.KEBAB_CASE);
  }

  @Test
  void skillName_lengthAndPresence() {
    assertThat(SkillName.problem("")).isEqualTo("is required");
    assertThat(SkillName.problem(null)).isEqualTo("is required");
    assertThat(SkillName.problem("a".repeat(64))).isNull();
    assertThat(SkillName.problem("a".repeat(65))).isEqualTo("must be at most 64 characters");
    assertThatThrownBy(() -> new SkillName("Bad"))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.details()).containsKey("name"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"check.sh", "run_me.py", "a.b.c", "x-1.txt", "Makefile.am"})
  void validScriptNames(String name) {
    assertThat(ScriptFileName.isValid(name)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", ".hidden.sh", "..", "../x.sh", "a/b.sh", "a\\b.sh", "/etc/passwd", "noext", "a..sh",
        "a b.sh", "a;rm.sh", "%2e%2e.sh", "a.sh\n", "C:\\x.sh"})
  void hostileOrInvalidScriptNames_areRefused(String name) {
    assertThat(ScriptFileName.isValid(name)).isFalse();
    assertThatThrownBy(() -> new ScriptFileName(name))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.details()).containsEntry("filename", "invalid filename"));
  }
}
