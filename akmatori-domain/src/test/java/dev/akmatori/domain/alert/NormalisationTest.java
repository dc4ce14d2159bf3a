package dev.akmatori.domain.alert;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The generic severity and status normalisation of contract §4.5. */
class NormalisationTest {
  @ParameterizedTest(name = "severity \"{0}\" is {1}")
  @CsvSource({
    "critical,CRITICAL", "' Disaster ',CRITICAL", "P1,CRITICAL", "5,CRITICAL", "emergency,CRITICAL", "FATAL,CRITICAL",
    "high,HIGH", "major,HIGH", "p2,HIGH", "4,HIGH", "Error,HIGH", "severe,HIGH",
    "warning,WARNING", "minor,WARNING", "p3,WARNING", "3,WARNING", "average,WARNING", "warn,WARNING",
    "info,INFO", "informational,INFO", "p4,INFO", "1,INFO", "2,INFO", "low,INFO", "notice,INFO", "DEBUG,INFO",
    "0,WARNING", "'',WARNING", "page,WARNING", "p5,WARNING", "critical!,WARNING"
  })
  void severity_mapsNamesAndAliases_elseWarning(String input, Severity expected) {
    assertThat(Severity.normalize(input)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "status \"{0}\" is {1}")
  @CsvSource({
    "firing,FIRING", "Alerting,FIRING", "triggered,FIRING", "active,FIRING", "PROBLEM,FIRING",
    "resolved,RESOLVED", "OK,RESOLVED", "' recovery ',RESOLVED", "inactive,RESOLVED", "RESOLVED,RESOLVED",
    "pending,FIRING", "'',FIRING", "acknowledged,FIRING"
  })
  void status_resolvedWordsResolve_everythingElseFires(String input, AlertStatus expected) {
    assertThat(AlertStatus.normalize(input)).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void nullInputs_areWarningAndFiring() {
    assertThat(Severity.normalize(null)).isEqualTo(Severity.WARNING);
    assertThat(AlertStatus.normalize(null)).isEqualTo(AlertStatus.FIRING);
  }
}
