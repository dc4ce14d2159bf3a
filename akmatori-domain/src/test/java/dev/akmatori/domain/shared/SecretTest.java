package dev.akmatori.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretTest {
  @Test
  void mask_followsTheContractRule() {
    assertThat(Secret.mask("")).isEmpty();
    assertThat(Secret.mask(null)).isEmpty();
    assertThat(Secret.mask("a")).isEqualTo("****");
    assertThat(Secret.mask("abcd")).isEqualTo("****");
    assertThat(Secret.mask("abcde")).isEqualTo("****bcde");
    assertThat(Secret.mask("sk-abc123xyz")).isEqualTo("****3xyz");
  }

  @Test
  void mask_countsCodePoints_neverSplitsASurrogatePair() {
    assertThat(Secret.mask("pass🚀🚀🚀🚀")).isEqualTo("****🚀🚀🚀🚀");
  }

  @Test
  void toString_neverPrintsTheValue() {
    Secret secret = Secret.of("super-secret-token");
    assertThat(secret.toString()).isEqualTo("****oken").doesNotContain("super");
    assertThat(String.valueOf(secret)).doesNotContain("secret-t");
  }

  @Test
  void echoRule_maskedKeeps_emptyClears_otherReplaces() {
    Secret stored = Secret.of("old-value-1234");
    assertThat(stored.updatedWith("****1234")).isSameAs(stored);
    assertThat(stored.updatedWith("****anything")).isSameAs(stored);
    assertThat(stored.updatedWith(null)).isSameAs(stored);
    assertThat(stored.updatedWith("").isEmpty()).isTrue();
    assertThat(stored.updatedWith("new").reveal()).isEqualTo("new");
  }
}
