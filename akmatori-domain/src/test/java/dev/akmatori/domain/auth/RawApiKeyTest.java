package dev.akmatori.domain.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.domain.shared.ValidationException;
import java.security.SecureRandom;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RawApiKeyTest {
  @Test
  void generated_hasTheContractFormat_andDiffersEachTime() {
    RawApiKey a = RawApiKey.generate(new SecureRandom());
    RawApiKey b = RawApiKey.generate(new SecureRandom());
    assertThat(a.reveal()).matches("akm_[A-Za-z0-9]{40}");
    assertThat(a.reveal()).isNotEqualTo(b.reveal());
    assertThat(a.prefix()).isEqualTo(a.reveal().substring(0, 8));
    assertThat(a.toString()).doesNotContain(a.reveal().substring(4, 20));
  }

  @Test
  void hash_isLowercaseHexSha256() {
    assertThat(RawApiKey.presented("abc").hash())
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void name_isTrimmedAndBounded() {
    assertThat(new ApiKeyName("  ci  ").value()).isEqualTo("ci");
    assertThatThrownBy(() -> new ApiKeyName(" ")).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> new ApiKeyName("n".repeat(129)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.details()).containsEntry("name", "must be at most 128 characters"));
  }

  @Test
  void lastUse_isRecordedAtMostOncePerMinute() {
    Instant t = Instant.parse("2026-01-01T00:00:00Z");
    ApiKey never = new ApiKey(new ApiKeyId(1), "k", "akm_abcd", "h", true, t, null);
    ApiKey recent = new ApiKey(new ApiKeyId(1), "k", "akm_abcd", "h", true, t, t);
    assertThat(never.shouldRecordUse(t)).isTrue();
    assertThat(recent.shouldRecordUse(t.plusSeconds(59))).isFalse();
    assertThat(recent.shouldRecordUse(t.plusSeconds(60))).isTrue();
  }
}
