package dev.akmatori.domain.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The correlation fingerprint of contract §4.7, byte for byte. */
class AlertFingerprintTest {
  private static final String SOURCE = "0f6b1c2e-7a4d-4c1e-9f3a-2b5d8e9a1c77";

  @Test
  void theContractsTestVector_hashesToItsFingerprint() {
    assertThat(AlertFingerprint.canonicalJson(SOURCE, "HighCPUUsage", "web-01:9100"))
        .isEqualTo("[\"0f6b1c2e-7a4d-4c1e-9f3a-2b5d8e9a1c77\",\"highcpuusage\",\"web-01:9100\"]");
    assertThat(AlertFingerprint.of(SOURCE, "HighCPUUsage", "web-01:9100").value())
        .isEqualTo("1b9f36549e84112c2130492ffdbd3fee");
  }

  @Test
  void quotesBackslashesAndControlCharacters_useTheListedEscapes() {
    assertThat(AlertFingerprint.canonicalJson("s", "a\"b\\c\b\f\n\r\t", "\u0000\u001b\u001f"))
        .isEqualTo("[\"s\",\"a\\\"b\\\\c\\b\\f\\n\\r\\t\",\"\\u0000\\u001b\\u001f\"]");
  }

  @Test
  void nonAsciiSlashesAndHtmlCharacters_areWrittenLiterally() {
    assertThat(AlertFingerprint.canonicalJson("s", "Ünïcode/<b>&\u007f", "\u2028\u2029€"))
        .isEqualTo("[\"s\",\"ünïcode/<b>&\u007f\",\"\u2028\u2029€\"]");
  }

  @Test
  void valuesAreNotTrimmed_andLowercasingIgnoresTheDefaultLocale() {
    java.util.Locale before = java.util.Locale.getDefault();
    try {
      java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr"));
      assertThat(AlertFingerprint.canonicalJson("s", " TITLE ", "HOST")).isEqualTo("[\"s\",\" title \",\"host\"]");
    } finally {
      java.util.Locale.setDefault(before);
    }
    assertThat(AlertFingerprint.of(SOURCE, "a", "b")).isNotEqualTo(AlertFingerprint.of(SOURCE, " a", "b"));
    assertThat(AlertFingerprint.of(SOURCE, "ALERT", "Web")).isEqualTo(AlertFingerprint.of(SOURCE, "alert", "web"));
  }

  @Test
  void theSourceIsPartOfTheFingerprint_andTheValueIs32LowercaseHex() {
    AlertFingerprint a = AlertFingerprint.of(SOURCE, "x", "y");
    assertThat(a.value()).matches("[0-9a-f]{32}");
    assertThat(AlertFingerprint.of("other", "x", "y")).isNotEqualTo(a);
    assertThatThrownBy(() -> new AlertFingerprint("ABC")).isInstanceOf(IllegalArgumentException.class);
  }
}
