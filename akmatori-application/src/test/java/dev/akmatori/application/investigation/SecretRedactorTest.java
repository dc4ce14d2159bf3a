package dev.akmatori.application.investigation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretRedactorTest {
  private final SecretRedactor redactor = new SecretRedactor();

  @Test
  void knownSecrets_areReplacedEverywhereInText_longestFirst() {
    redactor.add("abcd1234");
    redactor.add("abcd1234-extended");

    assertThat(redactor.redact("k=abcd1234-extended, j=abcd1234"))
        .isEqualTo("k=[REDACTED], j=[REDACTED]");
  }

  @Test
  void shortOrBlankValues_areNotTracked() {
    redactor.add("abc");
    redactor.add("    ");
    redactor.add(null);

    assertThat(redactor.redact("abc is fine")).isEqualTo("abc is fine");
  }

  @Test
  void jsonLikeData_isCopiedWithEveryStringRedacted() {
    redactor.add("s3cr3t-token");

    Object clean = redactor.redactValue(Map.of("headers", List.of("Bearer s3cr3t-token"), "n", 5));

    assertThat(clean).isEqualTo(Map.of("headers", List.of("Bearer [REDACTED]"), "n", 5));
  }
}
